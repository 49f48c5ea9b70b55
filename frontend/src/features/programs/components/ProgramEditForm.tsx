import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, List, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { useTranslate } from '@/i18n/use-translate';
import type { Program } from '@/lib/api/types';
import { formatFiscalYear } from '@/lib/fiscal-year';
import { ApiError, applyProblemToForm, problemTitle, translateFieldError } from '@/lib/problem';
import type { VersionedProgram } from '@/records/program/queries';
import { useUpdateProgram } from '../api/update-program';
import {
  formFieldPaths,
  MAX_TARGET,
  programFormSchema,
  toFormValues,
  toProgramUpdate,
  type ProgramFormInput,
  type ProgramFormOutput,
} from './program-form';

interface Props {
  versioned: VersionedProgram;
  onSaved: (saved: VersionedProgram) => void;
  /** Someone else saved since the form was filled (412). */
  onConflict: () => void;
}

type TargetPath = `targets.${number}.baseline` | `targets.${number}.yearly.${number}.value`;

function CountInput({
  control,
  name,
  label,
  description,
}: {
  control: Control<ProgramFormInput>;
  name: TargetPath;
  label: string;
  description: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          required
          min={0}
          max={MAX_TARGET}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          thousandSeparator=","
          hideControls
          inputMode="numeric"
        />
      )}
    />
  );
}

/**
 * Names, descriptions and targets of one program. The fields mirror ProgramUpdate, so the
 * API's field errors (`targets[0].yearly[1].value`) land on the input they name.
 */
export function ProgramEditForm({ versioned, onSaved, onConflict }: Props) {
  const { program, etag } = versioned;
  const { t } = useTranslation();
  const translate = useTranslate();
  // `translate` changes with the language, so messages come in the language now shown.
  const schema = useMemo(() => programFormSchema(translate), [translate]);
  const defaultValues = useMemo(() => toFormValues(program), [program]);
  const form = useForm<ProgramFormInput, unknown, ProgramFormOutput>({
    resolver: zodResolver(schema),
    defaultValues,
    shouldFocusError: true,
  });
  const { errors } = form.formState;
  const update = useUpdateProgram(program.code);
  const [serverErrors, setServerErrors] = useState<{ title: string; items: string[] } | undefined>();

  const submit = form.handleSubmit(async (values) => {
    setServerErrors(undefined);
    try {
      onSaved(await update.mutateAsync({ body: toProgramUpdate(values), etag }));
    } catch (error) {
      if (!(error instanceof ApiError)) return; // no answer: the global handler told the user
      if (error.status === 412) {
        onConflict();
        return;
      }
      if (error.status === 401 || error.status === 403 || error.status >= 500) return; // global handler
      const problem = error.problem;
      const fields = formFieldPaths(defaultValues);
      const unmapped = problem ? applyProblemToForm(problem, form.setError, translate, (path) => fields.has(path)) : [];
      setServerErrors({
        title: problem ? problemTitle(problem, translate) : t('programForm.serverErrorsTitle'),
        items: unmapped.map((e) => translateFieldError(e, translate)),
      });
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-describedby={serverErrors ? 'program-form-errors' : undefined}>
      <Stack gap="lg">
        {serverErrors && (
          <Alert id="program-form-errors" color="red" title={serverErrors.title} role="alert">
            {serverErrors.items.length > 0 && (
              <List size="sm">
                {serverErrors.items.map((item, i) => (
                  <List.Item key={i}>{item}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        <Fieldset legend={t('programForm.basics')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput
                label={t('programForm.nameJa')}
                required
                maxLength={100}
                {...form.register('nameJa')}
                error={errors.nameJa?.message}
              />
              <TextInput
                label={t('programForm.nameEn')}
                required
                maxLength={100}
                lang="en"
                {...form.register('nameEn')}
                error={errors.nameEn?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea
                label={t('programForm.descriptionJa')}
                autosize
                minRows={3}
                maxLength={2000}
                {...form.register('descriptionJa')}
                error={errors.descriptionJa?.message}
              />
              <Textarea
                label={t('programForm.descriptionEn')}
                autosize
                minRows={3}
                maxLength={2000}
                lang="en"
                {...form.register('descriptionEn')}
                error={errors.descriptionEn?.message}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Stack gap="xs">
          <Text fw={700} size="lg" component="h2">
            {t('programForm.targets')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('programForm.targetsHelp')}
          </Text>
        </Stack>

        {defaultValues.targets.map((target, i) => (
          <TargetFieldset key={target.metric} program={program} index={i} control={form.control} years={target.yearly.map((y) => y.fiscalYear)} />
        ))}

        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/programs/$code" params={{ code: program.code }}>
            {t('programForm.cancel')}
          </ButtonLink>
          <Button type="submit" loading={update.isPending}>
            {t('programForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TargetFieldset({
  program,
  index,
  control,
  years,
}: {
  program: Program;
  index: number;
  control: Control<ProgramFormInput>;
  years: number[];
}) {
  const { t } = useTranslation();
  const target = program.targets?.[index];
  if (!target) return null;
  return (
    <Fieldset
      legend={
        <>
          {t(`metrics.${target.metric}`)}
          <Text component="span" size="sm" c="dimmed" ml="xs">
            {t('programForm.unitSuffix', { unit: t(`unitNames.${target.unit}`) })}
          </Text>
        </>
      }
    >
      <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }}>
        <CountInput
          control={control}
          name={`targets.${index}.baseline`}
          label={t('programForm.baseline')}
          description={t('programForm.baselineHint')}
        />
        {years.map((year, j) => {
          const { wareki, western } = formatFiscalYear(year);
          return (
            <CountInput
              key={year}
              control={control}
              name={`targets.${index}.yearly.${j}.value`}
              label={wareki}
              description={western}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
