import { Alert, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/ListTable';
import type { ImportDescription, ImportField, ImportFilePreview } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import {
  assignColumn,
  checkDraft,
  fieldLabel,
  fieldsWithoutColumn,
  setConstant,
  type MappingDraft,
  type PlacedMappingErrors,
} from '@/lib/import-mapping';

/** Choices for a value given for every row, by how the field is read (the industries for `industry`). */
export type ValueOptions = Partial<Record<ImportField['value'], readonly { value: string; label: string }[]>>;

interface Props {
  description: ImportDescription;
  preview: ImportFilePreview;
  fileName: string;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  /** The user asked to go on: say what keeps the mapping from being sent. */
  showProblems: boolean;
  /** The API refused the mapping (400), placed on the columns and fields it names. */
  serverErrors?: PlacedMappingErrors;
  valueOptions?: ValueOptions;
  busy: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
  onCheck: () => void;
  onBack: () => void;
}

const PROBLEMS_ID = 'import-mapping-problems';
const SAMPLE_SEPARATOR = ' / ';

export const columnSelectId = (index: number) => `import-column-${index}`;
export const constantInputId = (field: string) => `import-constant-${field.replace(/\W/g, '-')}`;

/**
 * The mapping step: each column of the file with a few of its values and the field it goes to
 * (or none), and a value for every row for a required field the file has no column for. The
 * proposal comes from the API; the user changes what is wrong.
 */
export function ImportMappingStep({
  description,
  preview,
  fileName,
  draft,
  onChange,
  showProblems,
  serverErrors,
  valueOptions = {},
  busy,
  heading,
  onCheck,
  onBack,
}: Props) {
  const { t, i18n } = useTranslation();
  const label = (field: ImportField) => fieldLabel(field, i18n.language);
  const problems = checkDraft(draft, description);
  const samplesOf = new Map(preview.columns.map((c) => [c.column, c.samples]));
  const free = fieldsWithoutColumn(draft, description);
  const requiredFree = free.filter((f) => f.required);
  const keptFree = free.filter((f) => !f.required && f.keptWhenAbsent);
  const byName = new Map(description.fields.map((f) => [f.field, f]));
  const targetOptions = [
    { value: '', label: t('importWizard.notImported') },
    ...description.fields.map((f) => ({
      value: f.field,
      label: f.required ? t('importWizard.requiredField', { label: label(f) }) : label(f),
    })),
  ];
  // Everything that keeps the mapping from being sent, in one list for the alert; each is also shown where it is changed.
  const listed = [
    ...(showProblems ? problems.missing.map((f) => t('importWizard.missingField', { label: label(f) })) : []),
    ...(showProblems
      ? [...problems.sharedField].map(([column, others]) => `${column}：${t('importWizard.sharedField', { columns: others.join('、') })}`)
      : []),
    ...[...(serverErrors?.byColumn ?? [])].map(([column, text]) => `${column}：${text}`),
    ...[...(serverErrors?.byField ?? [])].map(([name, text]) => `${byName.get(name) ? label(byName.get(name)!) : name}：${text}`),
    ...(serverErrors?.other ?? []),
  ];
  const blocked = listed.length > 0 && !busy;

  return (
    <Stack gap="md">
      <Title order={2} size="h3" ref={heading} tabIndex={-1}>
        {t('importWizard.steps.mapping')}
      </Title>

      <Paper withBorder p="md" role="status" aria-label={t('importWizard.mappingSummaryLabel')}>
        <Stack gap={6}>
          <Group gap="lg" wrap="wrap">
            <Text size="sm">{t('importWizard.fileName', { name: fileName })}</Text>
            <Text size="sm">{t('importWizard.encoding', { encoding: preview.encoding })}</Text>
            <Text size="sm">{t('importWizard.rows', { formattedCount: formatInteger(preview.rows) })}</Text>
          </Group>
          {preview.remembered && <Text size="sm">{t('importWizard.mappingRemembered')}</Text>}
        </Stack>
      </Paper>

      <Text size="sm">{t('importWizard.mappingIntro')}</Text>

      {blocked && (
        <Alert id={PROBLEMS_ID} color="red" title={t('importWizard.mappingProblemsTitle')} role="alert">
          <List size="sm">
            {listed.map((item, i) => (
              <List.Item key={i}>{item}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <ListTable caption={t('importWizard.mappingCaption')} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importWizard.colFileColumn')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.colSamples')}</Table.Th>
            <Table.Th scope="col" w={260}>
              {t('importWizard.colTarget')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.columns.map(({ column, field }, index) => {
            const samples = samplesOf.get(column) ?? [];
            const shared = problems.sharedField.get(column);
            const error = [
              showProblems && shared ? t('importWizard.sharedField', { columns: shared.join('、') }) : undefined,
              serverErrors?.byColumn.get(column),
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <Table.Tr key={column}>
                <Table.Th scope="row" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {column}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c={samples.length === 0 ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
                    {samples.length > 0 ? samples.join(SAMPLE_SEPARATOR) : t('importWizard.noSamples')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    id={columnSelectId(index)}
                    aria-label={t('importWizard.targetLabel', { column })}
                    data={targetOptions}
                    value={field ?? ''}
                    onChange={(event) => onChange(assignColumn(draft, column, event.currentTarget.value || null))}
                    error={error || undefined}
                    disabled={busy}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ListTable>

      {requiredFree.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="import-constants-heading">
          <Title order={3} size="h5" id="import-constants-heading">
            {t('importWizard.constantsHeading')}
          </Title>
          <Text size="sm">{t('importWizard.constantsIntro')}</Text>
          {requiredFree.map((field) => (
            <ConstantInput
              key={field.field}
              field={field}
              label={t('importWizard.constantLabel', { label: label(field) })}
              value={draft.constants[field.field] ?? ''}
              options={field.value === 'choice' ? field.choices.map((c) => ({ value: c, label: c })) : valueOptions[field.value]}
              error={
                [
                  showProblems && problems.missing.includes(field) ? t('importWizard.missingField', { label: label(field) }) : undefined,
                  serverErrors?.byField.get(field.field),
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              disabled={busy}
              onChange={(value) => onChange(setConstant(draft, field.field, value))}
            />
          ))}
        </Stack>
      )}

      {keptFree.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('importWizard.keptNote', { fields: keptFree.map(label).join(i18n.language.startsWith('ja') ? '、' : ', ') })}
        </Text>
      )}
      {/* A value for every row of an optional field is only ever a remembered one: show it, so it is not sent unseen. */}
      {Object.entries(draft.constants)
        .filter(([name, value]) => value.trim() && byName.get(name) && !byName.get(name)?.required && free.some((f) => f.field === name))
        .map(([name, value]) => (
          <ConstantInput
            key={name}
            field={byName.get(name)!}
            label={t('importWizard.constantLabel', { label: label(byName.get(name)!) })}
            value={value}
            error={serverErrors?.byField.get(name)}
            disabled={busy}
            onChange={(next) => onChange(setConstant(draft, name, next))}
          />
        ))}

      <Group gap="sm" justify="flex-end">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('importWizard.chooseAgain')}
        </Button>
        <Button onClick={onCheck} loading={busy} aria-describedby={blocked ? PROBLEMS_ID : undefined}>
          {busy ? t('importWizard.checking') : t('importWizard.check')}
        </Button>
      </Group>
      <Text size="sm" role="status" aria-live="polite">
        {busy ? t('importWizard.checking') : ''}
      </Text>
    </Stack>
  );
}

interface ConstantProps {
  field: ImportField;
  label: string;
  value: string;
  options?: readonly { value: string; label: string }[];
  error?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** One value for every row: a choice where the field has few values, else text written as a cell would be. */
function ConstantInput({ field, label, value, options, error, disabled, onChange }: ConstantProps) {
  const { t } = useTranslation();
  if (options) {
    return (
      <NativeSelect
        id={constantInputId(field.field)}
        label={label}
        required={field.required}
        data={[{ value: '', label: t('importWizard.choose') }, ...options]}
        value={value}
        error={error}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
        maw={360}
      />
    );
  }
  return (
    <TextInput
      id={constantInputId(field.field)}
      label={label}
      required={field.required}
      value={value}
      error={error}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={360}
    />
  );
}
