import { Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/ListTable';
import { LoadError } from '@/components/StateMessage';
import type { ProgramCode } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { formatFiscalYear } from '@/lib/fiscal-year';
import { targetHistoryQueryOptions } from '@/records/kpi/queries';

/** `baseline` is the plan's 現行; `FY2025` a year's target, read as 令和7年度. */
function fieldLabel(field: string, baseline: string): string {
  const year = /^FY(\d{4})$/.exec(field);
  return year?.[1] ? formatFiscalYear(Number(year[1])).wareki : field === 'baseline' ? baseline : field;
}

/** 目標値の変更履歴: who changed which of the program's targets, when, from what to what. */
export function TargetHistory({ code }: { code: ProgramCode }) {
  const { t } = useTranslation();
  const history = useQuery(targetHistoryQueryOptions(code));

  return (
    <Stack gap="sm" component="section" aria-labelledby="target-history">
      <Title order={2} size="h4" id="target-history">
        {t('kpi.targetHistory.heading')}
      </Title>
      {history.isPending ? (
        <Skeleton h={72} aria-busy />
      ) : history.isError ? (
        <LoadError onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Text c="dimmed">{t('kpi.targetHistory.empty')}</Text>
      ) : (
        <ListTable caption={t('kpi.targetHistory.caption')} minWidth={560} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('kpi.targetHistory.columnAt')}</Table.Th>
              <Table.Th scope="col">{t('kpi.targetHistory.columnBy')}</Table.Th>
              <Table.Th scope="col">{t('kpi.targetHistory.columnMetric')}</Table.Th>
              <Table.Th scope="col">{t('kpi.targetHistory.columnChange')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((entry, i) => (
              <Table.Tr key={`${entry.at}-${entry.metric}-${i}`}>
                <Table.Td>{formatDateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? entry.actorSubject}</Table.Td>
                <Table.Td>{t(`kpi.figures.${entry.metric}`)}</Table.Td>
                <Table.Td>
                  {entry.changes.map((change) => (
                    <Text key={change.field} size="sm">
                      {t('kpi.targetHistory.change', {
                        field: fieldLabel(change.field, t('kpi.targetHistory.baseline')),
                        from: change.from ?? t('kpi.targetHistory.removed'),
                        to: change.to ?? t('kpi.targetHistory.removed'),
                      })}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
      )}
    </Stack>
  );
}
