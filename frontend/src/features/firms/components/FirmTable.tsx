import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import type { Firm, FirmSort, Industry } from '@/lib/api/types';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { industryName } from '@/lib/localized';
import { ariaSort } from '@/lib/search-params';

interface Props {
  firms: readonly Firm[];
  industries: readonly Industry[] | undefined;
  sort: FirmSort;
  caption: string;
  /** The rows are of the previous search while the next one loads. */
  stale?: boolean;
}

/** One page of firms: 商号 (a link) over its reading, then the facts people scan for. */
export function FirmTable({ firms, industries, sort, caption, stale = false }: Props) {
  const { t, i18n } = useTranslation();
  const industryOf = (code: string) => {
    const industry = industries?.find((i) => i.code === code);
    return industry ? industryName(industry, i18n.language) : code;
  };

  return (
    <ListTable caption={caption} minWidth={880} stale={stale}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" miw={240} aria-sort={ariaSort('tradeNameKana', sort)}>
            {t('firms.columnTradeName')}
          </Table.Th>
          <Table.Th scope="col">{t('firms.columnIndustry')}</Table.Th>
          <Table.Th scope="col">{t('firms.columnMember')}</Table.Th>
          <Table.Th scope="col">{t('firms.columnAdvisor')}</Table.Th>
          <Table.Th scope="col" ta="right" aria-sort={ariaSort('employees', sort)}>
            {t('firms.columnEmployees')}
          </Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('updatedAt', sort)}>
            {t('firms.columnUpdatedAt')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {firms.map((firm) => (
          <Table.Tr key={firm.id}>
            <Table.Td>
              <Stack gap={2}>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink to="/firms/$id" params={{ id: String(firm.id) }} fw={600}>
                    {firm.tradeName}
                  </AnchorLink>
                  {firm.archived && (
                    <Badge color="gray" variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
                      {t('firms.archived')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {firm.tradeNameKana}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{industryOf(firm.industryCode)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {firm.chamberMember ? (
                <Badge variant="light" radius="sm">
                  {t('firms.member')}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed" span>
                  {t('firms.nonMember')}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{firm.advisor?.name ?? t('common.notSet')}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {firm.employees === undefined ? t('common.notSet') : formatInteger(firm.employees)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              <time dateTime={firm.updatedAt}>{formatDateNumeric(firm.updatedAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
