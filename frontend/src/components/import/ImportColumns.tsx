import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/ListTable';
import { useTranslate } from '@/i18n/use-translate';
import { saveBlob } from '@/lib/api/binary';
import type { ImportDescription } from '@/lib/api/types';
import type { ImportKind } from '@/lib/csv-import';
import { fieldHint, fieldLabel, templateBlob } from '@/lib/import-mapping';

/**
 * What a kind's file may hold, as the API describes the import: each field with the header our
 * export writes, whether it is required, the other headers read as it, and how to write it; and
 * a template to start from.
 */
export function ImportColumns({ kind, description }: { kind: ImportKind; description: ImportDescription }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const headingId = `import-columns-${kind}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('importWizard.columnsHeading')}
      </Title>
      <Text size="sm">{t('importWizard.columnsIntro')}</Text>
      <ListTable caption={t('importWizard.columnsCaption')} minWidth={640} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importWizard.colName')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.colRequired')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.columnsSynonyms')}</Table.Th>
            <Table.Th scope="col">{t('importWizard.colHint')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {description.fields.map((field) => (
            <Table.Tr key={field.field}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {field.column}
                {!i18n.language.startsWith('ja') && (
                  <Text span size="xs" c="dimmed" display="block" fw={400}>
                    {fieldLabel(field, i18n.language)}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                {field.required ? (
                  <Badge variant="light" color="red" radius="sm">
                    {t('importWizard.required')}
                  </Badge>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('importWizard.optional')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{field.synonyms.length > 0 ? field.synonyms.join('、') : t('common.notSet')}</Table.Td>
              <Table.Td>{fieldHint(kind, field, translate, i18n.language) || t('common.notSet')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
      <Group gap="sm" align="center">
        <Button
          variant="default"
          onClick={() => saveBlob(templateBlob(description), t(`importWizard.kinds.${kind}.templateFile`))}
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
