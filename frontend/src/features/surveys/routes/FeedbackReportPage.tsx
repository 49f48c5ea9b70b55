import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { downloadFile } from '@/lib/api/binary';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateTime } from '@/lib/format';
import { ApiError, describeError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { useFirmFeedback } from '@/records/survey/queries';
import type { BuyerDescription, FirmFeedbackReport } from '@/records/survey/types';
import { CRITERIA } from '../answer/model';
import { CriteriaChart } from '../components/charts';
import styles from '../components/print.module.css';
import { mean } from '../components/text';
import { canReadSurveys } from '../permissions';

const route = getRouteApi('/surveys/$id/feedback/$firmId');

export function FeedbackReportPage() {
  const { id, firmId } = route.useParams();
  const surveyId = parseRecordId(id);
  const firm = parseRecordId(firmId);
  const { t } = useTranslation();
  if (surveyId === undefined || firm === undefined) return <StateMessage title={t('feedbackReport.notFoundTitle')} />;
  return <Feedback surveyId={surveyId} firmId={firm} key={`${surveyId}-${firm}`} />;
}

/** A buyer as the firm may see it: named where it agreed, else 首都圏のスーパーマーケット. */
export function useBuyerText(): (buyer: BuyerDescription) => string {
  const { t } = useTranslation();
  return (buyer) =>
    buyer.named && buyer.companyName
      ? buyer.companyName
      : t('feedbackReport.notNamed', { region: t(`regions.${buyer.region}`), type: t(`buyerTypes.${buyer.buyerType}`) });
}

/**
 * フィードバックレポート (confidential, one firm): its products' means beside the survey's,
 * the buyers' comments and who wants to negotiate on what. Printable on A4 (tables do not
 * break inside a row) and downloadable as .xlsx.
 */
function Feedback({ surveyId, firmId }: { surveyId: number; firmId: number }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const report = useFirmFeedback(surveyId, firmId, allowed);
  const [downloading, setDownloading] = useState(false);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;
  if (report.isError) {
    if (report.error instanceof ApiError && report.error.status === 404)
      return <StateMessage title={t('feedbackReport.notFoundTitle')} description={t('feedbackReport.notFoundDescription')} />;
    return <LoadError onRetry={() => void report.refetch()} />;
  }
  if (!report.data) return <DetailSkeleton />;

  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/api/surveys/${surveyId}/feedback/${firmId}/export`, `feedback-${surveyId}-${firmId}.xlsx`);
    } catch (error) {
      notifications.show({ color: 'red', ...describeError(error, translate) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" className={styles.noPrint}>
        <AnchorLink to="/surveys/$id/analysis" params={{ id: String(surveyId) }} size="sm">
          ← {t('feedbackReport.back')}
        </AnchorLink>
        <Group gap="sm">
          <Button variant="default" loading={downloading} onClick={() => void download()}>
            {t('feedbackReport.download')}
          </Button>
          <Button onClick={() => window.print()}>{t('feedbackReport.print')}</Button>
        </Group>
      </Group>
      <FeedbackDocument report={report.data} />
    </Stack>
  );
}

export function FeedbackDocument({ report }: { report: FirmFeedbackReport }) {
  const { t, i18n } = useTranslation();
  const buyerText = useBuyerText();
  const products = report.products;
  return (
    <article className={styles.document} data-testid="feedback-report">
      <Stack gap="md">
        <span className={styles.confidential}>{t('feedbackReport.confidential', { firm: report.firmTradeName })}</span>
        <Title order={1} fz={24}>
          {t('feedbackReport.title')}：{report.firmTradeName}
        </Title>
        <Text>
          {t('feedbackReport.subtitle', { survey: report.surveyTitle, project: report.projectTitle, fiscalYear: fiscalYearText(report.fiscalYear, i18n.language) })}
        </Text>
        <Group gap="lg">
          <Text size="sm">{t('feedbackReport.respondents', { count: report.respondents })}</Text>
          <Text size="sm">{t('feedbackReport.generatedAt', { at: formatDateTime(report.generatedAt) })}</Text>
        </Group>

        <section aria-labelledby="feedback-ratings">
          <Title order={2} size="h4" id="feedback-ratings" mb="xs">
            {t('feedbackReport.ratings')}
          </Title>
          <Table withTableBorder fz="sm" captionSide="top" className={styles.keepTogether}>
            <Table.Caption ta="left">{t('feedbackReport.ratingsCaption', { firm: report.firmTradeName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('feedbackReport.product')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('feedbackReport.count')}
                </Table.Th>
                {CRITERIA.map((c) => (
                  <Table.Th key={c} scope="col" ta="right">
                    {t(`criteria.${c}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('surveyAnalysis.wantToNegotiate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {products.map((p) => (
                <Table.Tr key={p.productId}>
                  <Table.Th scope="row">{p.name}</Table.Th>
                  <Table.Td ta="right">{p.ratingCount}</Table.Td>
                  {CRITERIA.map((c) => (
                    <Table.Td key={c} ta="right">
                      {mean(p.means[c])}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{p.wantToNegotiate}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('feedbackReport.surveyMean')}</Table.Th>
                <Table.Td ta="right">{report.surveyRatingCount}</Table.Td>
                {CRITERIA.map((c) => (
                  <Table.Td key={c} ta="right">
                    {mean(report.surveyMeans[c])}
                  </Table.Td>
                ))}
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </section>

        {products
          .filter((p) => p.ratingCount > 0)
          .map((p) => (
            <div key={p.productId} className={styles.keepTogether}>
              <CriteriaChart name={p.name} means={p.means} surveyMeans={report.surveyMeans} />
            </div>
          ))}

        <section aria-labelledby="feedback-comments">
          <Title order={2} size="h4" id="feedback-comments" mb="xs">
            {t('feedbackReport.comments')}
          </Title>
          {products.map((p) => (
            <div key={p.productId} className={styles.keepTogether}>
              <Title order={3} size="h6">
                {t('feedbackReport.commentsOf', { product: p.name })}
              </Title>
              {p.comments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('feedbackReport.noComments')}
                </Text>
              ) : (
                <List size="sm" spacing={2} mb="sm">
                  {p.comments.map((c, i) => (
                    <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
                      {c}
                    </List.Item>
                  ))}
                </List>
              )}
            </div>
          ))}
        </section>

        <section aria-labelledby="feedback-wishes">
          <Title order={2} size="h4" id="feedback-wishes" mb="xs">
            {t('feedbackReport.wishes')}
          </Title>
          {report.negotiationWishes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('feedbackReport.noWishes')}
            </Text>
          ) : (
            <Table withTableBorder fz="sm" captionSide="top">
              <Table.Caption ta="left">{t('feedbackReport.wishesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('feedbackReport.product')}</Table.Th>
                  <Table.Th scope="col">{t('feedbackReport.buyer')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.negotiationWishes.map((w, i) => (
                  <Table.Tr key={`${w.productId}-${i}`}>
                    <Table.Td>{w.productName}</Table.Td>
                    <Table.Td>{buyerText(w.buyer)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            {t('feedbackReport.namedNote')}
          </Text>
        </section>
      </Stack>
    </article>
  );
}
