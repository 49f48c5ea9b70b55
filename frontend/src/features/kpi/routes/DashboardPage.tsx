import { Card, Group, NativeSelect, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { LoadError } from '@/components/StateMessage';
import type { KpiDashboard, KpiFigure, KpiStage } from '@/lib/api/types';
import { useMe } from '@/lib/api/me';
import { fiscalYearInJapan, fiscalYearPeriod, formatFiscalYear } from '@/lib/fiscal-year';
import { formatDate, formatDateNumeric } from '@/lib/format';
import { kpiDashboardQueryOptions, kpiYearsQueryOptions } from '@/records/kpi/queries';
import { FigureLink } from '../components/FigureLink';
import { FunnelChart } from '../components/FunnelChart';
import { ProgramCard } from '../components/ProgramCard';
import { SurveyRates } from '../components/SurveyRates';
import { TrendChart } from '../components/TrendChart';

const homeRoute = getRouteApi('/');

/** The funnel's figure of each stage a negotiation moves through to a deal (closing stages have none). */
const REACHED: Partial<Record<KpiStage, KpiFigure>> = {
  INTRODUCED: 'REACHED_INTRODUCED',
  SCHEDULED: 'REACHED_SCHEDULED',
  MET: 'REACHED_MET',
  CONTINUING: 'REACHED_CONTINUING',
  WON: 'REACHED_WON',
};

/** The plan's years, and the current one when it lies outside them. */
function selectableYears(current: number): number[] {
  const years = new Set<number>([2025, 2026, 2027, 2028, 2029, current]);
  return [...years].sort((a, b) => a - b);
}

/** The staff's home: one fiscal year's targets against actuals, trend, funnel, advisors and own overdue actions. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const search = homeRoute.useSearch();
  const navigate = useNavigate();
  const current = fiscalYearInJapan(new Date());
  const fiscalYear = search.fiscalYear ?? current;
  const dashboard = useQuery(kpiDashboardQueryOptions(fiscalYear));
  const { start, end } = fiscalYearPeriod(fiscalYear);

  return (
    <Stack gap="lg" component="section" aria-labelledby="kpi-title">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} id="kpi-title">
            {t('kpi.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('kpi.description')}
          </Text>
        </Stack>
        <NativeSelect
          label={t('kpi.fiscalYear')}
          description={t('kpi.period', { start: formatDate(start, i18n.language), end: formatDate(end, i18n.language) })}
          value={String(fiscalYear)}
          onChange={(event) => void navigate({ to: '/', search: { fiscalYear: Number(event.currentTarget.value) } })}
          data={selectableYears(current).map((year) => ({
            value: String(year),
            label: t('kpi.fiscalYearOption', { ...formatFiscalYear(year) }),
          }))}
        />
      </Group>
      {dashboard.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} aria-busy>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={180} />
          ))}
        </SimpleGrid>
      ) : dashboard.isError ? (
        <LoadError onRetry={() => void dashboard.refetch()} />
      ) : (
        <DashboardBody dashboard={dashboard.data} fiscalYear={fiscalYear} stale={dashboard.isPlaceholderData} />
      )}
      <AnchorLink to="/kpi/report">{t('kpi.reportLink')}</AnchorLink>
    </Stack>
  );
}

function DashboardBody({ dashboard, fiscalYear, stale }: { dashboard: KpiDashboard; fiscalYear: number; stale: boolean }) {
  const { t } = useTranslation();
  const years = useQuery(kpiYearsQueryOptions());
  const { wareki, western } = formatFiscalYear(fiscalYear);
  const yearText = `${wareki}（${western}）`;
  const stageCount = (stage: KpiStage) => dashboard.funnel.find((s) => s.stage === stage)?.count ?? 0;
  const rate = dashboard.continuation.rate;

  return (
    <Stack gap="xl" aria-busy={stale || undefined} style={{ opacity: stale ? 0.6 : 1 }}>
      <Stack gap="sm" component="section" aria-labelledby="kpi-programs">
        <Title order={3} size="h4" id="kpi-programs">
          {t('kpi.programsHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {dashboard.programs.map((program) => (
            <ProgramCard key={program.code} program={program} fiscalYear={fiscalYear} />
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="kpi-trend">
        <Title order={3} size="h4" id="kpi-trend">
          {t('kpi.trendHeading')}
        </Title>
        {years.isPending ? <Skeleton h={260} /> : years.isError ? <LoadError onRetry={() => void years.refetch()} /> : <TrendChart years={years.data} />}
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="sm" component="section" aria-labelledby="kpi-funnel">
          <Title order={3} size="h4" id="kpi-funnel">
            {t('kpi.funnelHeading', { year: yearText })}
          </Title>
          <FunnelChart funnel={dashboard.funnel} />
          <Table withTableBorder>
            <Table.Tbody>
              {dashboard.funnel.map((step) => {
                const figure = REACHED[step.stage];
                if (!figure) return null;
                return (
                  <Table.Tr key={step.stage}>
                    <Table.Th scope="row">{t(`kpi.figures.${figure}`)}</Table.Th>
                    <Table.Td ta="right">
                      <FigureLink figure={figure} fiscalYear={fiscalYear} count={step.count} label={t(`kpi.figures.${figure}`)} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Card withBorder padding="sm">
            <Text size="sm">{t('kpi.continuation')}</Text>
            <Text fw={700} data-testid="continuation-rate">
              {rate === undefined
                ? t('kpi.continuationNone')
                : t('kpi.continuationValue', {
                    percent: Math.round(rate * 1000) / 10,
                    met: stageCount('MET'),
                    continuing: stageCount('CONTINUING'),
                  })}
            </Text>
          </Card>
        </Stack>

        <Stack gap="sm">
          <MyOverdue dashboard={dashboard} fiscalYear={fiscalYear} />
          <Stack gap="sm" component="section" aria-labelledby="kpi-surveys">
            <Title order={3} size="h4" id="kpi-surveys">
              {t('kpi.surveys.heading', { year: yearText })}
            </Title>
            <SurveyRates dashboard={dashboard} fiscalYear={fiscalYear} />
          </Stack>
        </Stack>
      </SimpleGrid>

      <Stack gap="sm" component="section" aria-labelledby="kpi-advisors">
        <Title order={3} size="h4" id="kpi-advisors">
          {t('kpi.advisorsHeading')}
        </Title>
        {dashboard.advisors.length === 0 ? (
          <Text c="dimmed">{t('kpi.advisorsEmpty')}</Text>
        ) : (
          <ListTable caption={t('kpi.advisorsCaption')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('kpi.columnAdvisor')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('kpi.columnIntroductions')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('kpi.columnMet')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('kpi.columnContinuing')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('kpi.columnDeals')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('kpi.columnOverdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dashboard.advisors.map((row) => (
                <Table.Tr key={row.subject}>
                  <Table.Th scope="row">{row.name}</Table.Th>
                  {(
                    [
                      ['INTRODUCTIONS', row.introductions, 'kpi.columnIntroductions'],
                      ['REACHED_MET', row.met, 'kpi.columnMet'],
                      ['REACHED_CONTINUING', row.continuing, 'kpi.columnContinuing'],
                      ['DEALS', row.deals, 'kpi.columnDeals'],
                      ['OVERDUE_FOLLOW_UPS', row.overdue, 'kpi.columnOverdue'],
                    ] as const
                  ).map(([figure, count, column]) => (
                    <Table.Td key={figure} ta="right">
                      <FigureLink
                        figure={figure}
                        fiscalYear={fiscalYear}
                        advisor={row.subject}
                        count={count}
                        label={`${row.name} ${t(column)}`}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ListTable>
        )}
      </Stack>
    </Stack>
  );
}

/** An advisor's own negotiations whose next action date has passed, the longest overdue first. */
function MyOverdue({ dashboard, fiscalYear }: { dashboard: KpiDashboard; fiscalYear: number }) {
  const { t } = useTranslation();
  const me = useMe();
  // Read once when shown: the days overdue do not tick while the page is open.
  const [today] = useState(() => Date.now());
  if (!me.data?.roles.includes('ADVISOR')) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="kpi-my-overdue">
      <Title order={3} size="h4" id="kpi-my-overdue">
        {t('kpi.myOverdueHeading')}
      </Title>
      {dashboard.myOverdue.length === 0 ? (
        <Text c="dimmed">{t('kpi.myOverdueEmpty')}</Text>
      ) : (
        <ListTable caption={t('kpi.myOverdueCaption')} minWidth={420} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('kpi.records.columnFirm')}</Table.Th>
              <Table.Th scope="col">{t('kpi.records.columnBuyer')}</Table.Th>
              <Table.Th scope="col">{t('kpi.records.columnNextActionOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.myOverdue.map((record) => (
              <Table.Tr key={record.id}>
                <Table.Td>{record.firmName}</Table.Td>
                <Table.Td>{record.buyerCompanyName}</Table.Td>
                <Table.Td>
                  {record.nextActionOn && formatDateNumeric(record.nextActionOn)}{' '}
                  {record.nextActionOn && (
                    <Text component="span" size="xs" c="red">
                      {t('kpi.daysOverdue', {
                        count: Math.floor((today - new Date(`${record.nextActionOn}T00:00:00+09:00`).getTime()) / 86_400_000),
                      })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
      )}
      {dashboard.myOverdueTotal > 0 && (
        <AnchorLink
          to="/kpi/records"
          search={{ figure: 'OVERDUE_FOLLOW_UPS', fiscalYear, advisor: me.data.subject, page: 1, size: 20 }}
        >
          {t('kpi.myOverdueAll', { count: dashboard.myOverdueTotal })}
        </AnchorLink>
      )}
    </Stack>
  );
}
