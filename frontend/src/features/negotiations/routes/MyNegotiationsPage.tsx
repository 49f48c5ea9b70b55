import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ListPager } from '@/components/ListPager';
import { NegotiationStageBadge } from '@/components/NegotiationBadges';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { downloadFile } from '@/lib/api/binary';
import { useMe } from '@/lib/api/me';
import type { MyNegotiation, NegotiationDue } from '@/lib/api/types';
import { formatDateNumeric, formatDateTime, formatInteger } from '@/lib/format';
import { describeError } from '@/lib/problem';
import { useMyNegotiations } from '@/records/negotiation/queries';

const route = getRouteApi('/negotiations/mine');
const PAGE_SIZE = 50;
const GROUPS: readonly NegotiationDue[] = ['OVERDUE', 'TODAY', 'UPCOMING', 'NONE'];
const DUE_COLOR: Record<NegotiationDue, string> = { OVERDUE: 'red', TODAY: 'blue', UPCOMING: 'gray', NONE: 'gray' };

/** マイ商談: the advisor's own negotiations, overdue and today's next actions first; its .ics. */
export function MyNegotiationsPage() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const { page } = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = me.data?.roles.includes('ADVISOR') === true;
  const mine = useMyNegotiations(page - 1, PAGE_SIZE, allowed);
  const [downloading, setDownloading] = useState(false);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('mine.forbiddenTitle')} />;

  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile('/api/negotiations/mine/calendar', 'negotiations.ics');
    } catch (error) {
      notifications.show({ color: 'red', ...describeError(error, translate) });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('mine.title')}
          </Title>
          <Text c="dimmed">{t('mine.description')}</Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          <Button variant="default" onClick={() => void download()} loading={downloading}>
            {t('mine.calendar')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('mine.calendarHint')}
          </Text>
        </Stack>
      </Group>
      {!me.data || mine.isPending ? (
        <TableSkeleton />
      ) : mine.isError ? (
        <LoadError onRetry={() => void mine.refetch()} />
      ) : mine.data.total === 0 ? (
        <StateMessage title={t('mine.emptyTitle')} description={t('mine.emptyDescription')} />
      ) : (
        <Stack gap="lg">
          {GROUPS.map((due) => {
            const items = mine.data.items.filter((n) => n.due === due);
            if (items.length === 0) return null;
            const headingId = `mine-${due}`;
            return (
              <Stack key={due} gap="xs" component="section" aria-labelledby={headingId}>
                <Title order={2} size="h4" id={headingId} c={due === 'OVERDUE' ? 'red.8' : undefined}>
                  {t(`mine.group.${due}`)}（{formatInteger(items.length)}）
                </Title>
                <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {items.map((item) => (
                    <MineItem key={item.negotiation.id} item={item} />
                  ))}
                </Stack>
              </Stack>
            );
          })}
          <ListPager
            total={mine.data.total}
            page={page}
            size={PAGE_SIZE}
            sizes={[PAGE_SIZE]}
            onPage={(next) => void navigate({ search: { page: next } })}
            onSize={() => undefined}
          />
        </Stack>
      )}
    </Stack>
  );
}

function MineItem({ item }: { item: MyNegotiation }) {
  const { t } = useTranslation();
  const { negotiation: n, due } = item;
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <AnchorLink to="/negotiations/$id" params={{ id: String(n.id) }} fw={700} style={{ overflowWrap: 'anywhere' }}>
            {n.firmTradeName} × {n.buyerCompanyName}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {n.projectTitle}
          </Text>
          {n.nextActionOn && (
            <Text size="sm" fw={700}>
              {t('followUps.next', { action: n.nextAction ?? '', date: formatDateNumeric(n.nextActionOn) })}
            </Text>
          )}
          {n.meetingAt && <Text size="sm">{t('negotiations.meetingAt', { date: formatDateTime(n.meetingAt) })}</Text>}
        </Stack>
        <Group gap="xs">
          <Badge color={DUE_COLOR[due]} variant={due === 'OVERDUE' ? 'light' : 'outline'} radius="sm">
            {t(`due.${due}`)}
          </Badge>
          <NegotiationStageBadge stage={n.stage} />
        </Group>
      </Group>
    </Paper>
  );
}
