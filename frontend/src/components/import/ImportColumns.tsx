import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/ListTable';
import { saveBlob } from '@/lib/api/binary';
import { IMPORT_COLUMNS, templateBlob, type ImportKind } from '@/lib/csv-import';

/** What a kind's file must look like: its columns, required first in the reader's eye, and a template to start from. */
export function ImportColumns({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const headingId = `import-columns-${kind}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('importWizard.columnsHeading')}
      </Title>
      <Text size="sm">{t('importWizard.columnsIntro')}</Text>
      <ListTable caption={t('importWizard.columnsCaption')} minWidth={480} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importWizard.colName')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.colRequired')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.colHint')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IMPORT_COLUMNS[kind].map((column) => (
            <Table.Tr key={column.name}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {column.name}
              </Table.Th>
              <Table.Td>
                {column.required ? (
                  <Badge variant="light" color="red" radius="sm">
                    {t('importWizard.required')}
                  </Badge>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('importWizard.optional')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{column.hint ? t(`importWizard.hints.${column.hint}`) : t('common.notSet')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
      <Group gap="sm" align="center">
        <Button
          variant="default"
          onClick={() => saveBlob(templateBlob(kind), t(`importWizard.kinds.${kind}.templateFile`))}
          aria-describedby={`${headingId}-template-hint`}
        >
          {t('importWizard.template')}
        </Button>
        <Text size="sm" c="dimmed" id={`${headingId}-template-hint`} style={{ flex: '1 1 240px' }}>
          {t('importWizard.templateHint')}
        </Text>
      </Group>
    </Stack>
  );
}
