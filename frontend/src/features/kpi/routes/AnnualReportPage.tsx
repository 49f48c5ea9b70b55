import { Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { LoadError } from '@/components/StateMessage';
import type { KpiYears } from '@/lib/api/types';
import { formatFiscalYear } from '@/lib/fiscal-year';
import { formatInteger } from '@/lib/format';
import { programName } from '@/lib/localized';
import { kpiYearsQueryOptions } from '@/records/kpi/queries';
import './annual-report.css';

/**
 * The annual report to the city, in the shape of the plan's target table: rows 現行 and
 * 令和7–11年度, per program and indicator its target and the actual beside it; downloads as
 * .xlsx or CSV, prints on A4.
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const years = useQuery(kpiYearsQueryOptions());

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('kpi.report.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('kpi.report.description')}
        </Text>
      </Stack>
      <Group data-print-hide>
        <ExportButtons path="/api/kpi/report" params={{}} baseName={t('kpi.report.fileName')} />
        <Button variant="default" onClick={() => window.print()}>
          {t('kpi.report.print')}
        </Button>
      </Group>
      {years.isPending ? (
        <Skeleton h={300} aria-busy />
      ) : years.isError ? (
        <LoadError onRetry={() => void years.refetch()} />
      ) : (
        <ReportTable years={years.data} />
      )}
    </Stack>
  );
}

function ReportTable({ years }: { years: KpiYears }) {
  const { t, i18n } = useTranslation();
  const programs = years.years[0]?.programs ?? [];
  const value = (n: number | undefined) => (n === undefined ? t('kpi.report.notBegun') : formatInteger(n));

  return (
    <Table.ScrollContainer type="native" minWidth={1100} tabIndex={0} role="region" aria-label={t('kpi.report.caption')}>
      <Table withTableBorder withColumnBorders captionSide="top" className="kpi-report-table" fz="sm">
        <Table.Caption ta="left" mt={0}>
          {t('kpi.report.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={3} scope="col">
              {t('kpi.report.columnYear')}
            </Table.Th>
            {programs.map((program) => (
              <Table.Th key={program.code} colSpan={program.figures.length * 2} scope="colgroup" ta="center">
                {programName(program, i18n.language)}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {programs.map((program) =>
              program.figures.map((figure) => (
                <Table.Th key={`${program.code}/${figure.metric}`} colSpan={2} scope="colgroup" ta="center">
                  {t(`kpi.figures.${figure.metric}`)}
                </Table.Th>
              )),
            )}
          </Table.Tr>
          <Table.Tr>
            {programs.map((program) =>
              program.figures.map((figure) => (
                <Fragment key={`${program.code}/${figure.metric}`}>
                  <Table.Th scope="col" ta="right">
                    {t('kpi.target')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('kpi.actual')}
                  </Table.Th>
                </Fragment>
              )),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('kpi.report.baseline')}</Table.Th>
            {years.baseline.map((column) => (
              <Fragment key={`${column.program}/${column.metric}`}>
                <Table.Td ta="right">{formatInteger(column.value)}</Table.Td>
                <Table.Td />
              </Fragment>
            ))}
          </Table.Tr>
          {years.years.map((row) => {
            const { wareki, western } = formatFiscalYear(row.year.fiscalYear);
            return (
              <Table.Tr key={row.year.fiscalYear} data-fiscal-year={row.year.fiscalYear}>
                <Table.Th scope="row">
                  {wareki}
                  <Text component="span" size="xs" c="dimmed" display="block">
                    {western}
                  </Text>
                </Table.Th>
                {row.programs.map((program) =>
                  program.figures.map((figure) => (
                    <Fragment key={`${program.code}/${figure.metric}`}>
                      <Table.Td ta="right">{value(figure.target)}</Table.Td>
                      <Table.Td ta="right" fw={700}>
                        {value(figure.actual)}
                      </Table.Td>
                    </Fragment>
                  )),
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
