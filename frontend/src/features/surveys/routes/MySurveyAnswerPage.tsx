import { Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { ApiError } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { surveyKeys } from '@/records/survey/keys';
import { refresh } from '@/records/refresh';
import { myInvitationChannel } from '../answer/api';
import { AnswerSession } from '../answer/AnswerSession';
import { canAnswerOwnSurveys } from '../permissions';

const route = getRouteApi('/my-surveys/$id');

/** A signed-in buyer answers one of its own invitations: the same form as the link opens. */
export function MySurveyAnswerPage() {
  const { id } = route.useParams();
  const invitationId = parseRecordId(id);
  const { t } = useTranslation();
  if (invitationId === undefined) return <StateMessage title={t('mySurveys.notFoundTitle')} />;
  return <MyAnswer id={invitationId} key={invitationId} />;
}

function MyAnswer({ id }: { id: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const allowed = me.data !== undefined && canAnswerOwnSurveys(me.data.roles);
  const [channel] = useState(() => myInvitationChannel(id));
  const loaded = useQuery({
    queryKey: surveyKeys.myForm(id),
    queryFn: () => channel.load(),
    enabled: allowed,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const submitted = useCallback(() => void refresh(queryClient, [surveyKeys.mine()]), [queryClient]);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('mySurveys.forbiddenTitle')} />;
  if (loaded.isError) {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <StateMessage title={t('mySurveys.notFoundTitle')} />;
    return <LoadError onRetry={() => void loaded.refetch()} />;
  }
  if (!loaded.data) return <DetailSkeleton />;

  return (
    <Stack gap="sm">
      <AnchorLink to="/my-surveys" size="sm">
        ← {t('mySurveys.back')}
      </AnchorLink>
      <AnswerSession channel={channel} loaded={loaded.data} embedded onSubmitted={submitted} />
    </Stack>
  );
}
