import { Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { ListTable } from '@/components/ListTable';
import { LoadError } from '@/components/StateMessage';
import { fiscalYearInJapan, fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import { PAGE_SIZES } from '@/lib/search-params';
import { kpiRecordsQueryOptions } from '@/records/kpi/queries';
import { usePrograms } from '@/records/program/queries';

const route = getRouteApi('/kpi/records');

/** A figure's drill-down: the records it counts, from the same query, so the total is the figure. */
export function KpiRecordsPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const programs = usePrograms();
  const fiscalYear = search.fiscalYear ?? fiscalYearInJapan(new Date());
  const records = useQuery(
    kpiRecordsQueryOptions({
      figure: search.figure,
      fiscalYear,
      program: search.program,
      advisor: search.advisor,
      page: search.page - 1,
      size: search.size,
    }),
  );
  const figure = t(`kpi.figures.${search.figure}`);
  const year = fiscalYearText(fiscalYear, i18n.language);
  const firms = search.figure === 'SUPPORTED_FIRMS' || search.figure === 'EXHIBITORS';
  const advisorName = records.data?.items.find((r) => r.advisorName)?.advisorName;

  return (
    <Stack gap="md">
      <AnchorLink to="/" search={{ fiscalYear }} size="sm">
        {t('kpi.records.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('kpi.records.title', { figure })}
        </Title>
        <Text c="dimmed">
          {search.program
            ? t('kpi.records.scope', { year, program: programNameOf(search.program, programs.data, i18n.language) })
            : t('kpi.records.scopeAll', { year })}
          {search.advisor && advisorName ? ` ${t('kpi.records.advisor', { name: advisorName })}` : ''}
        </Text>
      </Stack>
      {records.isPending ? (
        <Skeleton h={240} aria-busy />
      ) : records.isError ? (
        <LoadError onRetry={() => void records.refetch()} />
      ) : (
        <>
          <Group>
            <Text fw={700} data-testid="records-total">
              {t('kpi.records.total', { count: records.data.total })}
            </Text>
          </Group>
          {records.data.items.length === 0 ? (
            <Text c="dimmed">{t('kpi.records.empty')}</Text>
          ) : (
            <ListTable caption={t('kpi.records.caption', { figure })} minWidth={firms ? 320 : 960} stale={records.isPlaceholderData}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('kpi.records.columnFirm')}</Table.Th>
                  {!firms && (
                    <>
                      <Table.Th scope="col">{t('kpi.records.columnBuyer')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnProject')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnStage')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnAdvisor')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnIntroducedOn')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnDealOn')}</Table.Th>
                      <Table.Th scope="col">{t('kpi.records.columnNextActionOn')}</Table.Th>
                    </>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {records.data.items.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>
                      <AnchorLink to="/firms/$id" params={{ id: String(record.firmId) }}>
                        {record.firmName}
                      </AnchorLink>
                    </Table.Td>
                    {!firms && (
                      <>
                        <Table.Td>{record.buyerCompanyName}</Table.Td>
                        <Table.Td>
                          {record.projectId !== undefined && (
                            <AnchorLink to="/projects/$id" params={{ id: String(record.projectId) }}>
                              {record.projectTitle}
                            </AnchorLink>
                          )}
                        </Table.Td>
                        <Table.Td>{record.stage && t(`kpi.stages.${record.stage}`)}</Table.Td>
                        <Table.Td>{record.advisorName}</Table.Td>
                        <Table.Td>{record.introducedOn && formatDateNumeric(record.introducedOn)}</Table.Td>
                        <Table.Td>{record.dealOn && formatDateNumeric(record.dealOn)}</Table.Td>
                        <Table.Td>{record.nextActionOn && formatDateNumeric(record.nextActionOn)}</Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ListTable>
          )}
          <ListPager
            total={records.data.total}
            page={search.page}
            size={search.size}
            sizes={PAGE_SIZES}
            onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
            onSize={(size) => void navigate({ search: (prev) => ({ ...prev, size, page: 1 }) })}
          />
        </>
      )}
    </Stack>
  );
}
