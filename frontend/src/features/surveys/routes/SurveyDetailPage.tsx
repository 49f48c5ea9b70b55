import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateTime, formatInteger, formatPeriod } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { useSurvey } from '@/records/survey/queries';
import { InvitationsSection } from '../components/InvitationsSection';
import { SurveyEditDialog } from '../components/SurveyEditDialog';
import { SurveyStateBadge } from '../components/SurveyStateBadge';
import { percent, textIn } from '../components/text';
import { canManageSurveys, canReadSurveys } from '../permissions';
import type { InvitationsSearch } from './survey-search';

const route = getRouteApi('/surveys/$id');

export function SurveyDetailPage() {
  const { id } = route.useParams();
  const surveyId = parseRecordId(id);
  const { t } = useTranslation();
  return surveyId === undefined ? <StateMessage title={t('surveyDetail.notFoundTitle')} /> : <SurveyDetail id={surveyId} key={surveyId} />;
}

function SurveyDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const query = useSurvey(id, allowed);
  const [editing, setEditing] = useState(false);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404)
      return <StateMessage title={t('surveyDetail.notFoundTitle')} description={t('surveyDetail.notFoundDescription')} />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) return <DetailSkeleton />;

  const { survey } = query.data;
  const manage = canManageSurveys(me.data.roles);
  const onSearch = (patch: Partial<InvitationsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page ?? (Object.keys(patch).length > 0 ? 1 : prev.page) }), replace: true });

  return (
    <Stack gap="lg">
      <AnchorLink to="/surveys" size="sm">
        ← {t('surveyDetail.back')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Group gap="sm">
            <Title order={1} fz={{ base: 24, sm: 28 }}>
              {survey.title}
            </Title>
            <SurveyStateBadge state={survey.state} />
          </Group>
          <AnchorLink to="/projects/$id" params={{ id: String(survey.projectId) }}>
            {survey.projectTitle}
          </AnchorLink>
        </Stack>
        <Group gap="sm">
          <ButtonLink to="/surveys/$id/analysis" params={{ id: String(survey.id) }}>
            {t('surveyDetail.analysis')}
          </ButtonLink>
          <ButtonLink to="/surveys/$id/report" params={{ id: String(survey.id) }} variant="default">
            {t('surveyDetail.report')}
          </ButtonLink>
          {manage && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('surveyDetail.edit')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="md" component="section" aria-label={t('surveyDetail.overview')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Fact label={t('surveys.fields.fiscalYear')} value={fiscalYearText(survey.fiscalYear, i18n.language)} />
          <Fact label={t('surveys.fields.period')} value={formatPeriod(survey.opensOn, survey.closesOn) ?? ''} />
          <Fact
            label={t('surveys.fields.template')}
            value={t('surveys.fields.templateVersion', { name: textIn(survey.templateName, i18n.language), number: survey.templateVersionNumber })}
          />
          <Fact label={t('surveys.fields.linksExpireAt')} value={survey.linksExpireAt ? formatDateTime(survey.linksExpireAt) : '—'} />
          <Fact label={t('surveys.fields.invited')} value={formatInteger(survey.invitationCount)} />
          <Fact label={t('surveys.fields.submitted')} value={formatInteger(survey.submittedCount)} />
          <Fact label={t('surveys.fields.responseRate')} value={t('surveys.rate', { percent: percent(survey.responseRate) })} />
        </SimpleGrid>
      </Paper>

      <InvitationsSection survey={survey} roles={me.data.roles} search={search} onSearch={onSearch} />
      {manage && editing && <SurveyEditDialog versioned={query.data} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}
