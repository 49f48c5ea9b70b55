import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import type { Firm, FirmInput, Industry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { differingFields, displayFieldValue, fieldLabel, inputFieldText } from './firm-fields';
import { firmAsInput } from './firm-form';

interface Props {
  /** The version someone else saved. */
  latest: Firm;
  /** What the user tried to save. */
  mine: FirmInput;
  industries: readonly Industry[];
}

/** The latest version beside the user's, for the fields where saving the user's would change something. */
export function FirmComparison({ latest, mine, industries }: Props) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const theirs = firmAsInput(latest);
  const fields = differingFields(theirs, mine);
  const ctx = { t: translate, industries, language: i18n.language };
  const caption = t('conflict.comparisonCaption');

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('conflict.latestUpdatedAt', { at: formatDateTime(latest.updatedAt) })}
      </Text>
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
              {fields.map((field) => (
                <Table.Tr key={field}>
                  <Table.Th scope="row">{fieldLabel(field, translate)}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{displayFieldValue(field, inputFieldText(theirs, field), ctx)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{displayFieldValue(field, inputFieldText(mine, field), ctx)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
