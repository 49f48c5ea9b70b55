import { Stack, Text, Title } from '@mantine/core';
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
import { responseSaved } from '@/records/survey/invalidate';
import { surveyKeys } from '@/records/survey/keys';
import styles from '../answer/answer.module.css';
import { proxyChannel } from '../answer/api';
import { AnswerSession } from '../answer/AnswerSession';
import { canEnterProxy } from '../permissions';

const route = getRouteApi('/surveys/$id/invitations/$invitationId/proxy');

/** 代理入力: staff type a paper questionnaire's answers on the buyer's behalf, with the buyer's own form. */
export function ProxyEntryPage() {
  const { id, invitationId } = route.useParams();
  const surveyId = parseRecordId(id);
  const invitation = parseRecordId(invitationId);
  const { t } = useTranslation();
  if (surveyId === undefined || invitation === undefined) return <StateMessage title={t('surveyDetail.notFoundTitle')} />;
  return <ProxyEntry surveyId={surveyId} invitationId={invitation} key={invitation} />;
}

function ProxyEntry({ surveyId, invitationId }: { surveyId: number; invitationId: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const allowed = me.data !== undefined && canEnterProxy(me.data.roles);
  const [channel] = useState(() => proxyChannel(invitationId));
  // Read once: from then on the draft sync owns the answers (no refetch behind its back).
  const loaded = useQuery({
    queryKey: surveyKeys.response(invitationId),
    queryFn: () => channel.load(),
    enabled: allowed,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const submitted = useCallback(() => void responseSaved(queryClient, surveyId, invitationId), [queryClient, surveyId, invitationId]);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;
  if (loaded.isError) {
    if (loaded.error instanceof ApiError && loaded.error.status === 404) return <StateMessage title={t('surveyDetail.notFoundTitle')} />;
    return <LoadError onRetry={() => void loaded.refetch()} />;
  }
  if (!me.data || !loaded.data) return <DetailSkeleton />;
  const form = loaded.data.form;

  return (
    <Stack gap="md">
      <AnchorLink to="/surveys/$id" params={{ id: String(surveyId) }} size="sm">
        ← {t('proxyEntry.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('proxyEntry.title', { company: form.buyerCompanyName, contact: form.contactName })}
        </Title>
        <Text c="dimmed">{t('proxyEntry.description')}</Text>
      </Stack>
      <AnswerSession
        channel={channel}
        loaded={loaded.data}
        embedded
        onSubmitted={submitted}
        banner={<p className={`${styles.notice} ${styles.noticeWarn}`}>{t('proxyEntry.banner', { name: me.data.name ?? me.data.subject })}</p>}
      />
    </Stack>
  );
}
