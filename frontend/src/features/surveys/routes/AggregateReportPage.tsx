import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateTime, formatInteger } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { useAggregateReport, useSurvey, useSurveyTemplateVersion } from '@/records/survey/queries';
import { CRITERIA } from '../answer/model';
import { CriteriaChart } from '../components/charts';
import styles from '../components/print.module.css';
import { mean, percent } from '../components/text';
import { canReadSurveys } from '../permissions';
import { QuestionCard } from './SurveyAnalysisPage';

const route = getRouteApi('/surveys/$id/report');

/** 集計レポート: the survey's totals without any firm or buyer name or free text, fit to publish. */
export function AggregateReportPage() {
  const { id } = route.useParams();
  const surveyId = parseRecordId(id);
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles) && surveyId !== undefined;
  const report = useAggregateReport(surveyId ?? 0, allowed);
  const survey = useSurvey(surveyId ?? 0, allowed);
  const version = useSurveyTemplateVersion(survey.data?.survey.templateVersionId ?? 0, survey.data !== undefined);

  if (surveyId === undefined) return <StateMessage title={t('surveyDetail.notFoundTitle')} />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;
  if (report.isError) {
    if (report.error instanceof ApiError && report.error.status === 404) return <StateMessage title={t('surveyDetail.notFoundTitle')} />;
    return <LoadError onRetry={() => void report.refetch()} />;
  }
  if (!report.data) return <DetailSkeleton />;
  const data = report.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" className={styles.noPrint}>
        <AnchorLink to="/surveys/$id" params={{ id: String(surveyId) }} size="sm">
          ← {t('aggregateReport.back')}
        </AnchorLink>
        <Button onClick={() => window.print()}>{t('aggregateReport.print')}</Button>
      </Group>
      <article className={styles.document}>
        <Stack gap="md">
          <Title order={1} fz={24}>
            {t('aggregateReport.title')}：{data.surveyTitle}
          </Title>
          <Text>
            {data.projectTitle}・{fiscalYearText(data.fiscalYear, i18n.language)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('aggregateReport.description')} {t('feedbackReport.generatedAt', { at: formatDateTime(data.generatedAt) })}
          </Text>
          <Group gap="lg">
            <Text fw={700}>
              {t('surveyAnalysis.responseRate')} {t('surveys.rate', { percent: percent(data.responseRate) })}（
              {t('surveys.countOf', { submitted: formatInteger(data.submitted), invited: formatInteger(data.invited) })}）
            </Text>
            <Text>{t('aggregateReport.wantToNegotiate', { count: data.wantToNegotiate })}</Text>
          </Group>
          <Group align="flex-start" grow>
            <CountTable caption={t('aggregateReport.respondentsByType')} rows={data.respondentsByType.map((g) => ({ label: t(`buyerTypes.${g.value as 'OTHER'}`), count: g.count }))} />
            <CountTable caption={t('aggregateReport.respondentsByRegion')} rows={data.respondentsByRegion.map((g) => ({ label: t(`regions.${g.value as 'OVERSEAS'}`), count: g.count }))} />
          </Group>
          {data.ratingCount > 0 && <CriteriaChart name={t('surveyAnalysis.chartSurvey')} means={data.surveyMeans} surveyMeans={data.surveyMeans} />}
          {data.categories.length > 0 && (
            <Table withTableBorder fz="sm" captionSide="top" className={styles.keepTogether}>
              <Table.Caption ta="left">{t('aggregateReport.categories')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('aggregateReport.category')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveyAnalysis.ratingCount')}
                  </Table.Th>
                  {CRITERIA.map((c) => (
                    <Table.Th key={c} scope="col" ta="right">
                      {t(`criteria.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.categories.map((c) => (
                  <Table.Tr key={c.category}>
                    <Table.Th scope="row">{c.category}</Table.Th>
                    <Table.Td ta="right">{c.ratingCount}</Table.Td>
                    {CRITERIA.map((k) => (
                      <Table.Td key={k} ta="right">
                        {mean(c.means[k])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data.questions.map((q) => (
            <div key={q.key} className={styles.keepTogether}>
              <QuestionCard question={q} version={version.data} language={i18n.language} />
            </div>
          ))}
        </Stack>
      </article>
    </Stack>
  );
}

function CountTable({ caption, rows }: { caption: string; rows: { label: string; count: number }[] }) {
  return (
    <Table withTableBorder fz="sm" captionSide="top" className={styles.keepTogether}>
      <Table.Caption ta="left">{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Th scope="row">{r.label}</Table.Th>
            <Table.Td ta="right">{r.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
