import { Badge, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { AnchorLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatInteger } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { useSurvey, useSurveyAnalysis, useSurveyTemplateVersion } from '@/records/survey/queries';
import type { CriterionMeans, QuestionAnalysis, SurveyAnalysis, SurveyTemplateVersion } from '@/records/survey/types';
import { CRITERIA } from '../answer/model';
import { CriteriaChart, DistributionChart } from '../components/charts';
import { mean, percent, textIn } from '../components/text';
import { canReadSurveys } from '../permissions';

const route = getRouteApi('/surveys/$id/analysis');

export function SurveyAnalysisPage() {
  const { id } = route.useParams();
  const surveyId = parseRecordId(id);
  const { t } = useTranslation();
  return surveyId === undefined ? <StateMessage title={t('surveyDetail.notFoundTitle')} /> : <Analysis id={surveyId} key={surveyId} />;
}

/** 分析: response rate, each question's numbers and chart, the products and firms on the five criteria. */
function Analysis({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const survey = useSurvey(id, allowed);
  const analysis = useSurveyAnalysis(id, allowed);
  const version = useSurveyTemplateVersion(survey.data?.survey.templateVersionId ?? 0, survey.data !== undefined);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;
  const failed = survey.error ?? analysis.error;
  if (failed) {
    if (failed instanceof ApiError && failed.status === 404) return <StateMessage title={t('surveyDetail.notFoundTitle')} />;
    return (
      <LoadError
        onRetry={() => {
          void survey.refetch();
          void analysis.refetch();
        }}
      />
    );
  }
  if (!survey.data || !analysis.data) return <DetailSkeleton />;

  const data = analysis.data;
  const title = survey.data.survey.title;
  return (
    <Stack gap="lg">
      <AnchorLink to="/surveys/$id" params={{ id: String(id) }} size="sm">
        ← {t('surveyAnalysis.back')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <Title order={1} fz={{ base: 24, sm: 28 }} style={{ flex: '1 1 320px' }}>
          {t('surveyAnalysis.title', { title })}
        </Title>
        <Stack gap={2} align="flex-end">
          <ExportButtons path={`/api/surveys/${id}/responses/export`} params={{}} baseName={`survey-${id}-responses`} />
          <Text size="xs" c="dimmed">
            {t('surveyAnalysis.exportHint')}
          </Text>
        </Stack>
      </Group>

      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Kpi label={t('surveyAnalysis.responseRate')} value={t('surveys.rate', { percent: percent(data.responseRate) })} testId="kpi-rate" />
        <Kpi label={t('surveyAnalysis.invited')} value={formatInteger(data.invited)} testId="kpi-invited" />
        <Kpi label={t('surveyAnalysis.submitted')} value={formatInteger(data.submitted)} testId="kpi-submitted" />
        <Kpi label={t('surveyAnalysis.drafts')} value={formatInteger(data.drafts)} testId="kpi-drafts" />
      </SimpleGrid>

      <Stack gap="md" component="section" aria-labelledby="questions-heading">
        <Title order={2} size="h3" id="questions-heading">
          {t('surveyAnalysis.questions')}
        </Title>
        {data.questions
          .filter((q) => q.type !== 'PRODUCT_RATINGS')
          .map((question) => (
            <QuestionCard key={question.key} question={question} version={version.data} language={i18n.language} />
          ))}
      </Stack>

      <ProductsSection data={data} surveyId={id} />
    </Stack>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Paper>
  );
}

/** The option's text from the template version the survey was issued from. */
function optionLabel(version: SurveyTemplateVersion | undefined, questionKey: string, value: string, language: string): string {
  for (const group of version?.content.groups ?? []) {
    const question = group.questions.find((q) => q.key === questionKey);
    const option = question?.options?.find((o) => o.key === value);
    if (option) return textIn(option.text, language);
  }
  return value;
}

export function QuestionCard({ question, version, language }: { question: QuestionAnalysis; version: SurveyTemplateVersion | undefined; language: string }) {
  const { t } = useTranslation();
  const text = textIn(question.text, language);
  const rows = question.distribution.map((d) => ({ label: optionLabel(version, question.key, d.value, language), count: d.count }));
  return (
    <Paper withBorder p="md" component="article" aria-label={text}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {text}
        </Title>
        <Group gap="md">
          <Text size="sm">{t('surveyAnalysis.count', { count: question.count })}</Text>
          {question.mean !== undefined && <Text size="sm">{t('surveyAnalysis.mean', { value: question.mean.toFixed(2) })}</Text>}
          {question.min !== undefined && question.max !== undefined && (
            <Text size="sm">{t('surveyAnalysis.range', { min: question.min, max: question.max })}</Text>
          )}
        </Group>
        {question.count === 0 ? (
          <Text c="dimmed">{t('surveyAnalysis.noAnswers')}</Text>
        ) : rows.length > 0 ? (
          <DistributionChart rows={rows} caption={t('surveyAnalysis.distributionOf', { question: text })} />
        ) : question.type === 'FREE_TEXT' ? (
          <details>
            <summary>{t('surveyAnalysis.freeTexts', { count: question.texts?.length ?? 0 })}</summary>
            {(question.texts ?? []).length === 0 ? (
              <Text c="dimmed">{t('surveyAnalysis.noTexts')}</Text>
            ) : (
              <List size="sm" spacing={4} mt="xs">
                {(question.texts ?? []).map((text, i) => (
                  <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
                    {text}
                  </List.Item>
                ))}
              </List>
            )}
          </details>
        ) : null}
      </Stack>
    </Paper>
  );
}

function MeanCells({ means, surveyMeans }: { means: CriterionMeans; surveyMeans: CriterionMeans }) {
  return (
    <>
      {CRITERIA.map((c) => {
        const value = means[c];
        const overall = surveyMeans[c];
        const above = value !== undefined && overall !== undefined && value >= overall;
        return (
          <Table.Td key={c} ta="right" fw={above ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {mean(value)}
          </Table.Td>
        );
      })}
    </>
  );
}

function ProductsSection({ data, surveyId }: { data: SurveyAnalysis; surveyId: number }) {
  const { t } = useTranslation();
  const rated = data.products.filter((p) => p.ratingCount > 0);
  const [chosen, setChosen] = useState<string>('');
  if (data.products.length === 0) return null;
  const product = rated.find((p) => String(p.productId) === chosen) ?? rated[0];
  const criteriaHeads = CRITERIA.map((c) => (
    <Table.Th key={c} scope="col" ta="right">
      {t(`criteria.${c}`)}
    </Table.Th>
  ));

  return (
    <Stack gap="md" component="section" aria-labelledby="products-heading">
      <Stack gap={4}>
        <Title order={2} size="h3" id="products-heading">
          {t('surveyAnalysis.products')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('surveyAnalysis.productsDescription')}
        </Text>
      </Stack>
      {product && (
        <Paper withBorder p="md">
          <NativeSelect
            label={t('surveyAnalysis.chooseProduct')}
            value={String(product.productId)}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={rated.map((p) => ({ value: String(p.productId), label: `${p.productName}（${p.firmTradeName}）` }))}
            maw={480}
            mb="sm"
          />
          <CriteriaChart name={product.productName} means={product.means} surveyMeans={data.surveyMeans} />
        </Paper>
      )}
      <ListTable caption={t('surveyAnalysis.products')} minWidth={980} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('feedbackReport.product')}</Table.Th>
            <Table.Th scope="col">{t('introductions.columns.firm')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveyAnalysis.ratingCount')}
            </Table.Th>
            {criteriaHeads}
            <Table.Th scope="col" ta="right">
              {t('surveyAnalysis.wantToNegotiate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {t('surveyAnalysis.surveyMean')}
            </Table.Th>
            <Table.Td ta="right">{data.ratingCount}</Table.Td>
            <MeanCells means={data.surveyMeans} surveyMeans={{}} />
            <Table.Td />
          </Table.Tr>
          {data.products.map((p) => (
            <Table.Tr key={p.productId} data-testid={`product-row-${p.productId}`}>
              <Table.Th scope="row" fw={600}>
                {p.productName}
              </Table.Th>
              <Table.Td>{p.firmTradeName}</Table.Td>
              <Table.Td ta="right">{p.ratingCount === 0 ? t('surveyAnalysis.notRated') : p.ratingCount}</Table.Td>
              <MeanCells means={p.means} surveyMeans={data.surveyMeans} />
              <Table.Td ta="right">{p.wantToNegotiate > 0 ? <Badge color="orange">{p.wantToNegotiate}</Badge> : 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>

      <Title order={2} size="h3">
        {t('surveyAnalysis.firms')}
      </Title>
      <ListTable caption={t('surveyAnalysis.firms')} minWidth={900} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('introductions.columns.firm')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveyAnalysis.ratingCount')}
            </Table.Th>
            {criteriaHeads}
            <Table.Th scope="col" ta="right">
              {t('surveyAnalysis.wantToNegotiate')}
            </Table.Th>
            <Table.Th scope="col">{t('surveyAnalysis.feedback')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.firms.map((f) => (
            <Table.Tr key={f.firmId}>
              <Table.Th scope="row" fw={600}>
                {f.firmTradeName}
              </Table.Th>
              <Table.Td ta="right">{f.ratingCount}</Table.Td>
              <MeanCells means={f.means} surveyMeans={data.surveyMeans} />
              <Table.Td ta="right">{f.wantToNegotiate}</Table.Td>
              <Table.Td>
                <AnchorLink
                  to="/surveys/$id/feedback/$firmId"
                  params={{ id: String(surveyId), firmId: String(f.firmId) }}
                  aria-label={t('surveyAnalysis.feedbackOf', { name: f.firmTradeName })}
                >
                  {t('surveyAnalysis.feedback')}
                </AnchorLink>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ListTable>
    </Stack>
  );
}
