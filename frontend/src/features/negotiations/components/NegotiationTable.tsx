import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { NegotiationStageBadge, NewTradingPartnerBadge } from '@/components/NegotiationBadges';
import type { NegotiationSummary } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatYen } from '@/lib/format';

interface Props {
  negotiations: readonly NegotiationSummary[];
  caption: string;
  stale: boolean;
}

/** The negotiation list's rows: who with whom, where, how far, who owns it, what is next. */
export function NegotiationTable({ negotiations, caption, stale }: Props) {
  const { t, i18n } = useTranslation();
  const notSet = t('common.notSet');
  return (
    <ListTable caption={caption} minWidth={980} stale={stale} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('negotiations.columns.firm')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.buyer')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.project')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.stage')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.advisor')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.nextAction')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.deal')}</Table.Th>
          <Table.Th scope="col">{t('negotiations.columns.updatedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {negotiations.map((n) => (
          <Table.Tr key={n.id}>
            <Table.Td>
              <AnchorLink to="/negotiations/$id" params={{ id: String(n.id) }} fw={700}>
                {n.firmTradeName}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{n.buyerCompanyName}</Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm">{n.projectTitle}</Text>
                <Text size="xs" c="dimmed">
                  {fiscalYearText(n.fiscalYear, i18n.language)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <NegotiationStageBadge stage={n.stage} />
                {n.newTradingPartner && <NewTradingPartnerBadge />}
              </Group>
            </Table.Td>
            <Table.Td>{n.advisor?.name ?? t('negotiations.unassignedAdvisor')}</Table.Td>
            <Table.Td>
              {n.nextActionOn ? (
                <Stack gap={0}>
                  <Text size="sm">{formatDateNumeric(n.nextActionOn)}</Text>
                  {n.nextAction && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {n.nextAction}
                    </Text>
                  )}
                </Stack>
              ) : (
                notSet
              )}
            </Table.Td>
            <Table.Td>
              {n.dealOn ? (
                <Stack gap={0}>
                  <Text size="sm">{formatDateNumeric(n.dealOn)}</Text>
                  {n.dealAmountYen !== undefined && <Text size="xs">{formatYen(n.dealAmountYen)}</Text>}
                </Stack>
              ) : (
                notSet
              )}
            </Table.Td>
            <Table.Td>{formatDateNumeric(n.updatedAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ListTable>
  );
}
