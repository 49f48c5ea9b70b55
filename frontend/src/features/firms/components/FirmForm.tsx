import { zodResolver } from '@hookform/resolvers/zod';
import {
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { ButtonLink } from '@/components/links';
import { useTranslate } from '@/i18n/use-translate';
import type { Advisor, FirmInput, Industry } from '@/lib/api/types';
import { industryName } from '@/lib/localized';
import { useSaveWithConflict } from '@/lib/use-save-with-conflict';
import { useAdvisors } from '@/records/advisor/queries';
import type { VersionedFirm } from '@/records/firm/queries';
import { advisorOptions } from './advisor-options';
import { FirmComparison } from './FirmComparison';
import {
  EMPTY_FIRM_FORM,
  firmFormSchema,
  formFieldPaths,
  MAX_EMPLOYEES,
  MAX_LENGTH,
  toFirmInput,
  toFormValues,
  type FirmFormInput,
  type FirmFormOutput,
} from './firm-form';

interface Props {
  /** The firm being edited, with the ETag it was read with; absent when registering one. */
  versioned?: VersionedFirm;
  industries: readonly Industry[];
  /** Coordinators and admins assign the advisor; the advisor itself sees it read-only. */
  advisorEditable: boolean;
  /** Sends the body; `etag` is the version to replace (absent when registering). Throws ApiError. */
  save: (body: FirmInput, etag: string | undefined) => Promise<VersionedFirm>;
  onSaved: (saved: VersionedFirm) => void;
  /** After a 412: the latest version, to compare with the user's (edits only). */
  loadLatest?: () => Promise<VersionedFirm>;
  /** Starts the form afresh from the latest version, dropping the user's changes. */
  onReload?: (latest: VersionedFirm) => void;
}

/**
 * Registers or edits a firm. The fields mirror FirmInput, so the API's field errors
 * (`corporateNumber`, `advisorSubject`) land on the input they name. When someone else
 * saved first (412), the dialog compares their version with the user's, field by field,
 * and lets the user load theirs or overwrite it.
 */
export function FirmForm({ versioned, industries, advisorEditable, save, onSaved, loadLatest, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  // `translate` changes with the language, so messages come in the language now shown.
  const schema = useMemo(() => firmFormSchema(translate), [translate]);
  const defaultValues = useMemo(() => (versioned ? toFormValues(versioned.firm) : EMPTY_FIRM_FORM), [versioned]);
  const form = useForm<FirmFormInput, unknown, FirmFormOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const fields = formFieldPaths(advisorEditable);
  const advisors = useAdvisors(advisorEditable);
  const saving = useSaveWithConflict({
    save,
    onSaved,
    loadLatest,
    setError: form.setError,
    isFormField: (path) => fields.has(path),
    failedTitle: t('firmForm.serverErrorsTitle'),
  });

  const { serverErrors } = saving;
  const onSubmit = form.handleSubmit((values) => saving.submit(toFirmInput(values), versioned?.etag));

  const industryOptions = [
    { value: '', label: t('firmForm.industryPlaceholder') },
    ...industries.map((industry) => ({ value: industry.code, label: industryName(industry, i18n.language) })),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={serverErrors ? 'firm-form-errors' : undefined}>
      <Stack gap="lg">
        {serverErrors && <FormErrorsAlert id="firm-form-errors" errors={serverErrors} />}

        <Fieldset legend={t('firmForm.basics')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('firmFields.tradeName')}
                description={t('firmForm.tradeNameHint')}
                required
                maxLength={MAX_LENGTH.tradeName}
                autoComplete="organization"
                {...form.register('tradeName')}
                error={errors.tradeName?.message}
              />
              <TextInput
                label={t('firmFields.tradeNameKana')}
                description={t('firmForm.tradeNameKanaHint')}
                required
                maxLength={MAX_LENGTH.tradeNameKana}
                autoComplete="off"
                {...form.register('tradeNameKana')}
                error={errors.tradeNameKana?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('firmFields.corporateNumber')}
                description={t('firmForm.corporateNumberHint')}
                maxLength={MAX_LENGTH.corporateNumber}
                inputMode="numeric"
                autoComplete="off"
                {...form.register('corporateNumber')}
                error={errors.corporateNumber?.message}
              />
              <NativeSelect
                label={t('firmFields.industryCode')}
                required
                data={industryOptions}
                {...form.register('industryCode')}
                error={errors.industryCode?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Controller
                control={form.control}
                name="chamberMember"
                render={({ field, fieldState }) => (
                  <Radio.Group
                    label={t('firmFields.chamberMember')}
                    required
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  >
                    <Group gap="lg" mt={6}>
                      <Radio ref={field.ref} value="true" label={t('firms.member')} onBlur={field.onBlur} />
                      <Radio value="false" label={t('firms.nonMember')} onBlur={field.onBlur} />
                    </Group>
                  </Radio.Group>
                )}
              />
              <Controller
                control={form.control}
                name="employees"
                render={({ field, fieldState }) => (
                  <NumberInput
                    ref={field.ref}
                    name={field.name}
                    label={t('firmFields.employees')}
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                    min={0}
                    max={MAX_EMPLOYEES}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    thousandSeparator=","
                    hideControls
                    inputMode="numeric"
                    maw={240}
                  />
                )}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('firmForm.contact')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                label={t('firmFields.postalCode')}
                description={t('firmForm.postalCodeHint')}
                maxLength={MAX_LENGTH.postalCode}
                inputMode="numeric"
                autoComplete="postal-code"
                {...form.register('postalCode')}
                error={errors.postalCode?.message}
              />
            </SimpleGrid>
            <TextInput
              label={t('firmFields.address')}
              maxLength={MAX_LENGTH.address}
              autoComplete="street-address"
              {...form.register('address')}
              error={errors.address?.message}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('firmFields.representativeName')}
                maxLength={MAX_LENGTH.representativeName}
                autoComplete="off"
                {...form.register('representativeName')}
                error={errors.representativeName?.message}
              />
              <TextInput
                label={t('firmFields.contactName')}
                maxLength={MAX_LENGTH.contactName}
                autoComplete="off"
                {...form.register('contactName')}
                error={errors.contactName?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                type="tel"
                label={t('firmFields.phone')}
                description={t('firmForm.phoneHint')}
                maxLength={MAX_LENGTH.phone}
                autoComplete="off"
                {...form.register('phone')}
                error={errors.phone?.message}
              />
              <TextInput
                type="email"
                label={t('firmFields.email')}
                maxLength={MAX_LENGTH.email}
                autoComplete="off"
                {...form.register('email')}
                error={errors.email?.message}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('firmForm.advisorLegend')}>
          {advisorEditable ? (
            <Controller
              control={form.control}
              name="advisorSubject"
              render={({ field }) => (
                <Select
                  label={t('firmForm.advisorSelect')}
                  description={advisors.isError ? t('firmForm.advisorsLoadError') : t('firmForm.advisorHelp')}
                  placeholder={t('firms.noAdvisor')}
                  data={advisorOptions(advisors.data, versioned?.firm.advisor)}
                  searchable
                  clearable
                  nothingFoundMessage={t('firmForm.advisorNoMatch')}
                  disabled={advisors.isPending}
                  value={field.value === '' ? null : field.value}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.advisorSubject?.message}
                  maw={420}
                />
              )}
            />
          ) : (
            <ReadonlyAdvisor advisor={versioned?.firm.advisor} />
          )}
        </Fieldset>

        <Textarea
          label={t('firmFields.notes')}
          description={t('firmForm.notesHint')}
          autosize
          minRows={3}
          maxLength={MAX_LENGTH.notes}
          {...form.register('notes')}
          error={errors.notes?.message}
        />

        <FormActions
          save={saving}
          submitLabel={versioned ? t('firmForm.submitEdit') : t('firmForm.submitCreate')}
          cancel={
            <ButtonLink
              variant="default"
              to={versioned ? '/firms/$id' : '/firms'}
              params={versioned ? { id: String(versioned.firm.id) } : undefined}
            >
              {t('firmForm.cancel')}
            </ButtonLink>
          }
          conflictDescription={t('conflict.firmDescription')}
          onReload={(latest) => onReload?.(latest)}
          comparison={(conflict) => <FirmComparison latest={conflict.latest.firm} mine={conflict.mine} industries={industries} />}
        />
      </Stack>
    </form>
  );
}

function ReadonlyAdvisor({ advisor }: { advisor: Advisor | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={600}>{advisor?.name ?? t('firms.noAdvisor')}</Text>
      <Text size="sm" c="dimmed">
        {t('firmForm.advisorReadonly')}
      </Text>
    </Stack>
  );
}
