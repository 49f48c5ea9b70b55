import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

export interface ComparedField {
  field: string;
  label: string;
  /** The latest version's value, as people read it. */
  theirs: string;
  /** The user's value, as people read it. */
  mine: string;
}

interface Props {
  /** Only the fields where saving the user's version would change something. */
  fields: readonly ComparedField[];
  /** When the latest version was saved, if the record says. */
  latestUpdatedAt?: string;
}

/** Inside the 412 dialog: the latest version beside the user's, field by field. */
export function ConflictComparison({ fields, latestUpdatedAt }: Props) {
  const { t } = useTranslation();
  const caption = t('conflict.comparisonCaption');

  return (
    <Stack gap="xs">
      {latestUpdatedAt && (
        <Text size="sm" c="dimmed">
          {t('conflict.latestUpdatedAt', { at: formatDateTime(latestUpdatedAt) })}
        </Text>
      )}
      {fields.length === 0 ? (
        <Text size="sm">{t('conflict.noDifferences')}</Text>
      ) : (
        <Table.ScrollContainer type="native" minWidth={280} tabIndex={0} role="region" aria-label={caption}>
          <Table withTableBorder withColumnBorders verticalSpacing="xs" captionSide="top">
            <Table.Caption ta="left" mt={0}>
              {caption}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="25%">
                  {t('conflict.columnField')}
                </Table.Th>
                <Table.Th scope="col">{t('conflict.columnTheirs')}</Table.Th>
                <Table.Th scope="col">{t('conflict.columnMine')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map(({ field, label, theirs, mine }) => (
                <Table.Tr key={field}>
                  <Table.Th scope="row">{label}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{theirs}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{mine}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
