import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NegotiationEvent } from '@/lib/api/types';
import { formatDateNumeric, formatDateTime, formatYen } from '@/lib/format';

/** 経過: every event of the negotiation, oldest first: who, when, from, to, and what they noted. */
export function NegotiationTimeline({ events }: { events: readonly NegotiationEvent[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="negotiation-timeline">
      <Title order={2} size="h4" id="negotiation-timeline">
        {t('negotiationPage.timeline')}
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">{t('negotiationPage.timelineEmpty')}</Text>
      ) : (
        <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} component="ol" style={{ paddingLeft: 0 }}>
          {events.map((event) => (
            <Timeline.Item key={event.id} component="li" title={<EventTitle event={event} />}>
              <Text size="xs" c="dimmed">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                {t('common.listSeparator')}
                {t('negotiationPage.eventBy', { name: event.actor.name })}
              </Text>
              {event.reason && <Text size="sm">{t('negotiationPage.eventReason', { reason: event.reason })}</Text>}
              {event.dealOn && (
                <Text size="sm">
                  {t('negotiationPage.eventDeal', { date: formatDateNumeric(event.dealOn) })}
                  {event.dealAmountYen !== undefined && `${t('common.listSeparator')}${t('negotiationPage.eventDealAmount', { amount: formatYen(event.dealAmountYen) })}`}
                </Text>
              )}
              {event.changes && event.changes.length > 0 && (
                <Text size="sm">{t('negotiationPage.eventChanges', { fields: event.changes.map((c) => c.field).join(t('common.listSeparator')) })}</Text>
              )}
              {event.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {event.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function EventTitle({ event }: { event: NegotiationEvent }) {
  const { t } = useTranslation();
  const kind = t(`negotiationPage.event.${event.kind}`);
  let detail: string | undefined;
  if (event.from && event.to) detail = t('negotiationPage.eventMove', { from: t(`stage.${event.from}`), to: t(`stage.${event.to}`) });
  else if (event.to) detail = t(`stage.${event.to}`);
  if (event.kind === 'TAKEN_OVER') {
    detail = t('negotiationPage.eventOwner', {
      from: event.fromAdvisor?.name ?? t('negotiationPage.nobody'),
      to: event.toAdvisor?.name ?? t('negotiationPage.nobody'),
    });
  }
  return (
    <Text fw={700} size="sm">
      {kind}
      {detail && `: ${detail}`}
    </Text>
  );
}
