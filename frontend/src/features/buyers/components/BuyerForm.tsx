import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { ButtonLink } from '@/components/links';
import { useTranslate } from '@/i18n/use-translate';
import { BUYER_TYPES, REGIONS } from '@/lib/api/enums';
import type { BuyerCompanyInput } from '@/lib/api/types';
import { useSaveWithConflict } from '@/lib/use-save-with-conflict';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';
import { BuyerComparison } from './BuyerComparison';
import {
  BUYER_FORM_FIELDS,
  buyerFormSchema,
  EMPTY_BUYER_FORM,
  MAX_LENGTH,
  toBuyerCompanyInput,
  toBuyerFormValues,
  type BuyerFormInput,
  type BuyerFormOutput,
} from './buyer-form';

interface Props {
  /** The company being edited, with the ETag it was read with; absent when registering one. */
  versioned?: VersionedBuyerCompany;
  /** Sends the body; `etag` is the version to replace (absent when registering). Throws ApiError. */
  save: (body: BuyerCompanyInput, etag: string | undefined) => Promise<VersionedBuyerCompany>;
  onSaved: (saved: VersionedBuyerCompany) => void;
  /** After a 412: the latest version, to compare with the user's (edits only). */
  loadLatest?: () => Promise<VersionedBuyerCompany>;
  /** Starts the form afresh from the latest version, dropping the user's changes. */
  onReload?: (latest: VersionedBuyerCompany) => void;
}

const FORM_ERRORS_ID = 'buyer-form-errors';

/**
 * Registers or edits a buyer company. The inputs mirror BuyerCompanyInput, so the API's
 * field errors land on the input they name; on 412 the dialog compares the latest
 * version with the user's and lets the user load it or overwrite it.
 */
export function BuyerForm({ versioned, save, onSaved, loadLatest, onReload }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  // `translate` changes with the language, so messages come in the language now shown.
  const schema = useMemo(() => buyerFormSchema(translate), [translate]);
  const defaultValues = useMemo(() => (versioned ? toBuyerFormValues(versioned.company) : EMPTY_BUYER_FORM), [versioned]);
  const form = useForm<BuyerFormInput, unknown, BuyerFormOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const saving = useSaveWithConflict({
    save,
    onSaved,
    loadLatest,
    setError: form.setError,
    isFormField: (path) => BUYER_FORM_FIELDS.has(path),
    failedTitle: t('buyerForm.serverErrorsTitle'),
  });

  const { serverErrors } = saving;
  const onSubmit = form.handleSubmit((values) => saving.submit(toBuyerCompanyInput(values), versioned?.etag));
  const placeholder = { value: '', label: t('buyerForm.selectPlaceholder') };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={serverErrors ? FORM_ERRORS_ID : undefined}>
      <Stack gap="lg">
        {serverErrors && <FormErrorsAlert id={FORM_ERRORS_ID} errors={serverErrors} />}

        <Fieldset legend={t('buyerForm.basics')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('buyerFields.name')}
                description={t('buyerForm.nameHint')}
                required
                maxLength={MAX_LENGTH.name}
                autoComplete="organization"
                {...form.register('name')}
                error={errors.name?.message}
              />
              <TextInput
                label={t('buyerFields.nameKana')}
                description={t('buyerForm.nameKanaHint')}
                required
                maxLength={MAX_LENGTH.nameKana}
                autoComplete="off"
                {...form.register('nameKana')}
                error={errors.nameKana?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NativeSelect
                label={t('buyerFields.type')}
                description={t('buyerForm.typeHint')}
                required
                data={[placeholder, ...BUYER_TYPES.map((type) => ({ value: type, label: t(`buyerTypes.${type}`) }))]}
                {...form.register('type')}
                error={errors.type?.message}
              />
              <NativeSelect
                label={t('buyerFields.region')}
                description={t('buyerForm.regionHint')}
                required
                data={[placeholder, ...REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))]}
                {...form.register('region')}
                error={errors.region?.message}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('buyerForm.contact')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput
                label={t('buyerFields.postalCode')}
                description={t('buyerForm.postalCodeHint')}
                maxLength={MAX_LENGTH.postalCode}
                inputMode="numeric"
                autoComplete="postal-code"
                {...form.register('postalCode')}
                error={errors.postalCode?.message}
              />
            </SimpleGrid>
            <TextInput
              label={t('buyerFields.address')}
              maxLength={MAX_LENGTH.address}
              autoComplete="street-address"
              {...form.register('address')}
              error={errors.address?.message}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                type="tel"
                label={t('buyerFields.phone')}
                description={t('buyerForm.phoneHint')}
                maxLength={MAX_LENGTH.phone}
                autoComplete="off"
                {...form.register('phone')}
                error={errors.phone?.message}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Textarea
          label={t('buyerFields.notes')}
          description={t('buyerForm.notesHint')}
          autosize
          minRows={3}
          maxLength={MAX_LENGTH.notes}
          {...form.register('notes')}
          error={errors.notes?.message}
        />

        <FormActions
          save={saving}
          submitLabel={versioned ? t('buyerForm.submitEdit') : t('buyerForm.submitCreate')}
          cancel={
            <ButtonLink
              variant="default"
              to={versioned ? '/buyers/$id' : '/buyers'}
              params={versioned ? { id: String(versioned.company.id) } : undefined}
            >
              {t('common.cancel')}
            </ButtonLink>
          }
          conflictDescription={t('conflict.buyerDescription')}
          onReload={(latest) => onReload?.(latest)}
          comparison={(conflict) => <BuyerComparison latest={conflict.latest.company} mine={conflict.mine} />}
        />
      </Stack>
    </form>
  );
}
