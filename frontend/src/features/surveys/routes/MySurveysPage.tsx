import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateNumeric } from '@/lib/format';
import { useMySurveyInvitations } from '@/records/survey/queries';
import { SurveyStateBadge } from '../components/SurveyStateBadge';
import { canAnswerOwnSurveys } from '../permissions';

const STATUS_COLORS = { NONE: 'gray', DRAFT: 'yellow', SUBMITTED: 'green' } as const;

/** アンケート: a signed-in buyer's own survey invitations, to answer or change until they close. */
export function MySurveysPage() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canAnswerOwnSurveys(me.data.roles);
  const invitations = useMySurveyInvitations(allowed);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('mySurveys.forbiddenTitle')} />;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('mySurveys.title')}
        </Title>
        <Text c="dimmed">{t('mySurveys.description')}</Text>
      </Stack>
      {me.isPending || invitations.isPending ? (
        <DetailSkeleton />
      ) : invitations.isError ? (
        <LoadError onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <StateMessage title={t('mySurveys.emptyTitle')} description={t('mySurveys.emptyDescription')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {invitations.data.map((invitation) => (
            <Card key={invitation.id} withBorder component="article" aria-label={invitation.surveyTitle}>
              <Stack gap="xs">
                <Group gap="xs">
                  <SurveyStateBadge state={invitation.state} />
                  <Badge variant="light" color={STATUS_COLORS[invitation.response.status]}>
                    {t(`mySurveys.statuses.${invitation.response.status}`)}
                  </Badge>
                </Group>
                <Title order={2} size="h4">
                  {invitation.surveyTitle}
                </Title>
                <Text size="sm">{invitation.projectTitle}</Text>
                <Text size="sm" c="dimmed">
                  {t('mySurveys.closesOn', { date: formatDateNumeric(invitation.closesOn) })}
                </Text>
                <ButtonLink to="/my-surveys/$id" params={{ id: String(invitation.id) }} variant={invitation.state === 'OPEN' ? 'filled' : 'default'}>
                  {invitation.state !== 'OPEN'
                    ? t('mySurveys.view')
                    : invitation.response.status === 'SUBMITTED'
                      ? t('mySurveys.change')
                      : t('mySurveys.answer')}
                </ButtonLink>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
