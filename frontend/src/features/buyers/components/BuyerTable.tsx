import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import type { BuyerCompany, BuyerCompanySort } from '@/lib/api/types';
import { formatDateNumeric } from '@/lib/format';
import { ariaSort } from '@/lib/search-params';

interface Props {
  companies: readonly BuyerCompany[];
  sort: BuyerCompanySort;
  caption: string;
  /** The rows are of the previous search while the next one loads. */
  stale?: boolean;
}

/** One page of buyer companies: 企業名 (a link) over its reading, then 種別, 地域, 電話, 更新日. */
export function BuyerTable({ companies, sort, caption, stale = false }: Props) {
  const { t } = useTranslation();

  return (
    <ListTable caption={caption} minWidth={720} stale={stale}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" miw={240} aria-sort={ariaSort('nameKana', sort)}>
            {t('buyers.columnName')}
          </Table.Th>
          <Table.Th scope="col">{t('buyers.columnType')}</Table.Th>
          <Table.Th scope="col">{t('buyers.columnRegion')}</Table.Th>
          <Table.Th scope="col">{t('buyers.columnPhone')}</Table.Th>
          <Table.Th scope="col" aria-sort={ariaSort('updatedAt', sort)}>
            {t('buyers.columnUpdatedAt')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {companies.map((company) => (
          <Table.Tr key={company.id}>
            <Table.Td>
              <Stack gap={2}>
                <Group gap="xs" wrap="nowrap">
                  <AnchorLink to="/buyers/$id" params={{ id: String(company.id) }} fw={600}>
                    {company.name}
                  </AnchorLink>
                  {company.archived && (
                    <Badge color="gray" variant="outline" size="sm" radius="sm" style={{ flexShrink: 0 }}>
                      {t('buyers.archived')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {company.nameKana}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`buyerTypes.${company.type}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`regions.${company.region}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {company.phone ?? t('common.notSet')}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              <time dateTime={company.updatedAt}>{formatDateNumeric(company.updatedAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
