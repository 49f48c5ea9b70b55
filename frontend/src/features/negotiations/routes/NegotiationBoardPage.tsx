import { Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { canIntroduce, isStaff } from '@/lib/roles';
import { useAdvisors } from '@/records/advisor/queries';
import { useNegotiationBoard } from '@/records/negotiation/queries';
import { usePrograms } from '@/records/program/queries';
import { NegotiationBoard } from '../components/NegotiationBoard';
import { NegotiationFilters } from '../components/NegotiationFilters';
import { NegotiationsHeader } from '../components/NegotiationsHeader';
import { MoveConflictModal, RefusedMoveAlert } from '../components/MoveDialogs';
import { useNegotiationMover } from '../components/use-negotiation-mover';
import { boardStages, hasFilters, toBoardParams, withoutFilters, type NegotiationsSearch } from './negotiations-search';
import { Skeleton, Group } from '@mantine/core';

const route = getRouteApi('/negotiations/board');

/** 商談ボード: the negotiations by stage, moved by drag and drop or the keyboard; filters in the URL. */
export function NegotiationBoardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const roles = me.data?.roles ?? [];
  const allowed = me.data !== undefined && isStaff(roles);
  const isAdvisor = roles.includes('ADVISOR');
  const board = useNegotiationBoard(toBoardParams(search, isAdvisor ? me.data?.subject : undefined), allowed);
  const advisors = useAdvisors(allowed);
  const programs = usePrograms();
  const mover = useNegotiationMover();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('negotiations.forbiddenTitle')} />;

  const refine = (patch: Partial<NegotiationsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }), replace: true });
  const stages = boardStages(search);
  const columns = board.data?.columns.filter((column) => stages.includes(column.stage)) ?? [];
  const empty = board.data !== undefined && board.data.columns.every((column) => column.total === 0);

  return (
    <Stack gap="md">
      <NegotiationsHeader view="board" search={search} canIntroduce={canIntroduce(roles)} />
      <NegotiationFilters
        search={search}
        onChange={refine}
        advisors={advisors.data}
        programs={programs.data}
        isAdvisor={isAdvisor}
      />
      {mover.refused && <RefusedMoveAlert refused={mover.refused} onClose={mover.dismissRefused} />}
      <Text size="sm" c="dimmed" id="board-hint">
        {t('board.moveHint')}
      </Text>
      {!me.data || board.isPending ? (
        <Group wrap="nowrap" gap="sm" aria-busy style={{ overflow: 'hidden' }}>
          {stages.map((stage) => (
            <Skeleton key={stage} h={240} w={220} style={{ flexShrink: 0 }} />
          ))}
        </Group>
      ) : board.isError ? (
        <LoadError onRetry={() => void board.refetch()} />
      ) : empty && hasFilters(search) ? (
        <StateMessage
          title={t('negotiations.noMatchTitle')}
          description={t('negotiations.noMatchDescription')}
          actions={
            <Button variant="light" onClick={() => void navigate({ search: withoutFilters(search) })}>
              {t('negotiations.clearFilters')}
            </Button>
          }
        />
      ) : empty ? (
        <StateMessage title={t('negotiations.emptyTitle')} description={t('negotiations.emptyDescription')} />
      ) : (
        <NegotiationBoard columns={columns} me={me.data} mover={mover} search={search} stale={board.isPlaceholderData} />
      )}
      <MoveConflictModal latest={mover.conflict} onClose={mover.dismissConflict} />
    </Stack>
  );
}
