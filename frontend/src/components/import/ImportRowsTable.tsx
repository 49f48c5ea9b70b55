import { Badge, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/ListTable';
import { useTranslate } from '@/i18n/use-translate';
import type { ImportAction } from '@/lib/api/types';
import { translateImportProblem, type ImportKind, type PreviewRow } from '@/lib/csv-import';

/** How a kind's records name their fields and show their values (the area's own labels). */
export interface ChangeDescriber {
  /** A field as the API names it (`tradeName`, `contacts[12].email`) in the user's words; the row gives its context. */
  fieldLabel: (field: string, row: PreviewRow) => string;
  /** A value as people read it (codes by name, — when empty). */
  formatValue: (field: string, value: string | undefined) => string;
}

const ACTION_COLOR: Record<ImportAction, string> = { CREATE: 'blue', UPDATE: 'teal', ERROR: 'red' };

interface Props {
  kind: ImportKind;
  rows: readonly PreviewRow[];
  caption: string;
  describe: ChangeDescriber;
}

/** The lines of an import file: what each creates or changes, or why it cannot be imported. */
export function ImportRowsTable({ kind, rows, caption, describe }: Props) {
  const { t } = useTranslation();
  const contextText = (context: string) =>
    kind === 'firms' ? context : t(kind === 'buyers' ? 'importWizard.context.buyers' : 'importWizard.context.products', { detail: context });

  return (
    <ListTable caption={caption} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={64} ta="right">
            {t('importWizard.colRow')}
          </Table.Th>
          <Table.Th scope="col" w={104}>
            {t('importWizard.colAction')}
          </Table.Th>
          <Table.Th scope="col" miw={200}>
            {t('importWizard.colRecord')}
          </Table.Th>
          <Table.Th scope="col">{t('importWizard.colDetail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.row}>
            <Table.Th scope="row" ta="right" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.row}
            </Table.Th>
            <Table.Td>
              <Badge color={ACTION_COLOR[row.action]} variant="light" radius="sm">
                {t(`importWizard.actions.${row.action}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {row.name || t('common.notSet')}
                </Text>
                {row.context && (
                  <Text size="xs" c="dimmed">
                    {contextText(row.context)}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <RowDetail row={row} describe={describe} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}

function RowDetail({ row, describe }: { row: PreviewRow; describe: ChangeDescriber }) {
  const { t } = useTranslation();
  const translate = useTranslate();

  if (row.action === 'ERROR') {
    return (
      <List size="sm" spacing={2}>
        {row.problems.map((problem, i) => (
          <List.Item key={`${problem.column}-${problem.key}-${i}`}>
            <Text span size="sm" fw={700} c="red.9">
              {problem.column}
            </Text>
            <Text span size="sm" c="red.9">
              ：{translateImportProblem(problem, translate)}
            </Text>
          </List.Item>
        ))}
      </List>
    );
  }
  if (row.action === 'CREATE') {
    return (
      <Text size="sm" c="dimmed">
        {t('importWizard.willCreate')}
      </Text>
    );
  }
  if (row.changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('importWizard.noChanges')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {row.changes.map((change, i) => (
        <List.Item key={`${change.field}-${i}`} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" fw={600}>
            {describe.fieldLabel(change.field, row)}
          </Text>
          ：<VisuallyHidden>{t('importWizard.changeFrom')}</VisuallyHidden>
          <Text span size="sm" c="dimmed">
            {describe.formatValue(change.field, change.from)}
          </Text>
          <Text span size="sm" c="dimmed" mx={6} aria-hidden>
            →
          </Text>
          <VisuallyHidden>{t('importWizard.changeTo')}</VisuallyHidden>
          {describe.formatValue(change.field, change.to)}
        </List.Item>
      ))}
    </List>
  );
}
