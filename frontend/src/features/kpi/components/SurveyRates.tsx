import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import type { KpiDashboard, KpiSurveyRate, ProgramCode } from '@/lib/api/types';
import { formatInteger } from '@/lib/format';
import { programName } from '@/lib/localized';

/** 57.1%: a rate to one decimal, or a dash when nothing was counted. */
export function formatRate(rate: number | undefined): string | undefined {
  return rate === undefined ? undefined : `${Math.round(rate * 1000) / 10}%`;
}

interface CountLinkProps {
  fiscalYear: number;
  program?: ProgramCode;
  submitted: boolean;
  count: number;
  label: string;
}

/** A count as a link to the invitations it counts: the drill-down lists exactly `count` of them. */
function CountLink({ fiscalYear, program, submitted, count, label }: CountLinkProps) {
  const { t } = useTranslation();
  return (
    <AnchorLink
      to="/kpi/invitations"
      search={{ fiscalYear, program, submitted, page: 1, size: 20 }}
      aria-label={t('kpi.openRecords', { label, count })}
      data-survey={`${program ?? 'ALL'}/${submitted ? 'responses' : 'invitations'}`}
      fw={700}
    >
      {formatInteger(count)}
    </AnchorLink>
  );
}

/** Per program, the year's survey invitations, submitted responses and their rate; the total of all programs last. */
export function SurveyRates({ dashboard, fiscalYear }: { dashboard: KpiDashboard; fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  const nameOf = (code: ProgramCode | undefined) => {
    const program = dashboard.programs.find((p) => p.code === code);
    return program ? programName(program, i18n.language) : t('kpi.surveys.total');
  };
  const row = (rate: KpiSurveyRate) => {
    const name = nameOf(rate.program);
    return (
      <Table.Tr key={rate.program ?? 'ALL'} data-survey-rate={rate.program ?? 'ALL'}>
        <Table.Th scope="row">{name}</Table.Th>
        <Table.Td ta="right">
          <CountLink
            fiscalYear={fiscalYear}
            program={rate.program}
            submitted={false}
            count={rate.invitations}
            label={`${name} ${t('kpi.surveys.columnInvitations')}`}
          />
        </Table.Td>
        <Table.Td ta="right">
          <CountLink
            fiscalYear={fiscalYear}
            program={rate.program}
            submitted
            count={rate.responses}
            label={`${name} ${t('kpi.surveys.columnResponses')}`}
          />
        </Table.Td>
        <Table.Td ta="right" data-testid={`survey-rate-${rate.program ?? 'ALL'}`}>
          {formatRate(rate.rate) ?? <Text span c="dimmed">{t('kpi.surveys.noRate')}</Text>}
        </Table.Td>
      </Table.Tr>
    );
  };
  return (
    <ListTable caption={t('kpi.surveys.caption')} minWidth={360} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('kpi.surveys.columnProgram')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('kpi.surveys.columnInvitations')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('kpi.surveys.columnResponses')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('kpi.surveys.columnRate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {dashboard.surveys.map(row)}
        {row(dashboard.surveysTotal)}
      </Table.Tbody>
    </ListTable>
  );
}
