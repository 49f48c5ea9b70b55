import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { ActionIcon, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { NegotiationStageBadge, NewTradingPartnerBadge } from '@/components/NegotiationBadges';
import { versionEtag } from '@/lib/api/etag';
import type { Me, NegotiationBoardColumn, NegotiationStage, NegotiationSummary } from '@/lib/api/types';
import { formatDateNumeric, formatInteger, formatYen, todayInTokyo } from '@/lib/format';
import { canChangeNegotiation } from '@/lib/roles';
import type { NegotiationsSearch } from '../routes/negotiations-search';
import { columnJump } from './board-keyboard';
import { PromptKeyboardSensor } from './board-keyboard-sensor';
import { inBoardOrder, planDrop } from './board-moves';
import { StageChangeDialog, type AskedMove } from './StageChangeDialog';
import type { MoveTarget, NegotiationMover } from './use-negotiation-mover';

export const toMoveTarget = (n: NegotiationSummary): MoveTarget => ({
  id: n.id,
  etag: versionEtag(n),
  stage: n.stage,
  firmTradeName: n.firmTradeName,
  buyerCompanyName: n.buyerCompanyName,
});

/** ← and → jump a picked-up card to the next column (dnd-kit's default nudges it a few pixels). */
const keyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const columns = context.droppableContainers.getEnabled().flatMap((container) => {
    const rect = context.droppableRects.get(container.id);
    return rect ? [{ id: container.id, rect }] : [];
  });
  const card = context.collisionRect ?? { width: 0 };
  return columnJump(event.code, columns, context.over?.id, card) ?? currentCoordinates;
};

/** Under the pointer when there is one (a drag with the mouse or a finger), by overlap for the keyboard. */
const collisionDetection: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

interface Props {
  columns: readonly NegotiationBoardColumn[];
  me: Pick<Me, 'subject' | 'roles'>;
  mover: NegotiationMover;
  search: NegotiationsSearch;
  stale: boolean;
}

/**
 * 商談ボード: one column per stage. Cards move by dragging, or with the keyboard (Space to pick
 * up, ← → to choose the column, Space to drop), with every step announced to screen readers.
 */
export function NegotiationBoard({ columns, me, mover, search, stale }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<NegotiationSummary | undefined>();
  const [asked, setAsked] = useState<{ target: MoveTarget; move: AskedMove } | undefined>();
  // The card whose handle gets the focus once its move is done (keyboard users keep their place).
  const focusAfterMove = useRef<number | undefined>(undefined);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const cardName = (n: NegotiationSummary | undefined) =>
    n ? t('board.cardLabel', { firm: n.firmTradeName, buyer: n.buyerCompanyName, stage: t(`stage.${n.stage}`) }) : '';
  const summaryOf = (data: unknown) => (data as { negotiation?: NegotiationSummary } | undefined)?.negotiation;
  const stageName = (id: unknown) => t(`stage.${id as NegotiationStage}`);
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('board.announce.start', { card: cardName(summaryOf(a.data.current)), stage: stageName(summaryOf(a.data.current)?.stage) }),
    onDragOver: ({ active: a, over }) =>
      over
        ? t('board.announce.over', { card: cardName(summaryOf(a.data.current)), stage: stageName(over.id) })
        : t('board.announce.outside', { card: cardName(summaryOf(a.data.current)) }),
    onDragEnd: ({ active: a, over }) =>
      over
        ? t('board.announce.end', { card: cardName(summaryOf(a.data.current)), stage: stageName(over.id) })
        : t('board.announce.endOutside', { card: cardName(summaryOf(a.data.current)) }),
    onDragCancel: ({ active: a }) => t('board.announce.cancel', { card: cardName(summaryOf(a.data.current)) }),
  };

  // Keyboard users keep their place: once the move is done, the card's handle in its new
  // column gets the focus (once: the user may go elsewhere afterwards).
  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === undefined || mover.pending) return;
    const handle = document.querySelector<HTMLElement>(`[data-card-handle="${id}"]`);
    if (handle) {
      handle.focus();
      focusAfterMove.current = undefined;
    }
  });

  const onDragStart = (event: DragStartEvent) => setActive(summaryOf(event.active.data.current));
  const onDragEnd = (event: DragEndEvent) => {
    setActive(undefined);
    const card = summaryOf(event.active.data.current);
    const to = event.over?.id as NegotiationStage | undefined;
    if (!card || !to) return;
    const plan = planDrop(card.stage, to, card.allowedMoves);
    const target = toMoveTarget(card);
    switch (plan.kind) {
      case 'none':
        return;
      case 'refused':
        mover.refuse({ from: card.stage, to, allowed: inBoardOrder(plan.allowed) });
        return;
      case 'move':
        focusAfterMove.current = card.id;
        void mover.run(target, { kind: 'move', body: { to } });
        return;
      default:
        setAsked({ target, move: { kind: plan.kind, to: plan.to } });
    }
  };

  // While a move is on its way, its card already shows in the column it goes to.
  const pending = mover.pending;
  const shown = columns.map((column) => {
    let items = column.items.filter((n) => n.id !== pending?.id);
    if (pending && pending.to === column.stage) {
      const moving = columns.flatMap((c) => c.items).find((n) => n.id === pending.id);
      if (moving) items = [{ ...moving, stage: pending.to }, ...items];
    }
    return { ...column, items };
  });
  const allowedForActive: readonly NegotiationStage[] = active?.allowedMoves ?? [];

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(undefined)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.announce.instructions') } }}
      >
        <Box
          component="div"
          role="region"
          aria-label={t('board.label')}
          aria-busy={stale || undefined}
          tabIndex={0}
          style={{ overflowX: 'auto', paddingBottom: 8, opacity: stale ? 0.7 : 1 }}
        >
          <Group align="flex-start" wrap="nowrap" gap="sm" style={{ minWidth: 'min-content' }}>
            {shown.map((column) => (
              <BoardColumn
                key={column.stage}
                column={column}
                search={search}
                highlight={active ? (column.stage === active.stage ? 'self' : allowedForActive.includes(column.stage) ? 'allowed' : 'other') : undefined}
              >
                {column.items.map((n) => (
                  <BoardCard key={n.id} negotiation={n} movable={canChangeNegotiation(me, n)} busy={mover.busyId === n.id} name={cardName(n)} />
                ))}
              </BoardColumn>
            ))}
          </Group>
        </Box>
        <DragOverlay dropAnimation={null}>{active ? <CardBody negotiation={active} /> : null}</DragOverlay>
      </DndContext>
      {asked && (
        <StageChangeDialog
          target={asked.target}
          move={asked.move}
          mover={mover}
          onClose={() => setAsked(undefined)}
          onMoved={(id) => {
            focusAfterMove.current = id;
          }}
        />
      )}
    </>
  );
}

interface ColumnProps {
  column: NegotiationBoardColumn;
  search: NegotiationsSearch;
  /** While a card is held: its own column, one it may go to, or another. */
  highlight: 'self' | 'allowed' | 'other' | undefined;
  children: ReactNode;
}

function BoardColumn({ column, search, highlight, children }: ColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `board-column-${column.stage}`;
  const more = column.total - column.items.length;
  const border =
    isOver && highlight === 'allowed'
      ? '2px solid var(--mantine-color-teal-7)'
      : highlight === 'allowed'
        ? '2px dashed var(--mantine-color-teal-7)'
        : '1px solid var(--mantine-color-gray-3)';
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      w={220}
      p="xs"
      bg={isOver ? 'gray.0' : 'gray.1'}
      style={{ flexShrink: 0, border, opacity: highlight === 'other' ? 0.6 : 1, minHeight: 160 }}
    >
      <Group justify="space-between" gap={4} mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {t(`stage.${column.stage}`)}
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {t('negotiations.total', { count: column.total, formattedCount: formatInteger(column.total) })}
        </Badge>
      </Group>
      {column.items.length === 0 ? (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {t('board.emptyColumn')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" aria-labelledby={headingId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {children}
        </Stack>
      )}
      {more > 0 && (
        <AnchorLink to="/negotiations" search={{ ...search, stage: [column.stage], page: 1 }} size="sm" mt="xs" display="block">
          {t('board.more', { count: more, formattedCount: formatInteger(more) })}
        </AnchorLink>
      )}
    </Paper>
  );
}

function BoardCard({ negotiation, movable, busy, name }: { negotiation: NegotiationSummary; movable: boolean; busy: boolean; name: string }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: negotiation.id,
    data: { negotiation },
    disabled: !movable || busy,
    attributes: { roleDescription: t('board.draggable') },
  });
  return (
    <Paper ref={setNodeRef} component="li" withBorder p="xs" style={{ opacity: isDragging || busy ? 0.5 : 1 }} aria-busy={busy || undefined}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        {movable && (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="lg"
            {...attributes}
            {...listeners}
            aria-label={t('board.moveCard', { card: name })}
            data-card-handle={negotiation.id}
            style={{ cursor: 'grab', touchAction: 'none', flexShrink: 0 }}
          >
            <span aria-hidden>⠿</span>
          </ActionIcon>
        )}
        <CardBody negotiation={negotiation} linked />
      </Group>
    </Paper>
  );
}

/** What a card says: who with whom, in which project, owned by whom, what is next. */
function CardBody({ negotiation: n, linked = false }: { negotiation: NegotiationSummary; linked?: boolean }) {
  const { t } = useTranslation();
  const overdue = n.nextActionOn !== undefined && n.nextActionOn < todayInTokyo() && !['WON', 'LOST', 'WITHDRAWN'].includes(n.stage);
  return (
    <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
      {linked ? (
        <AnchorLink to="/negotiations/$id" params={{ id: String(n.id) }} fw={700} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {n.firmTradeName}
        </AnchorLink>
      ) : (
        <Text fw={700} size="sm">
          {n.firmTradeName}
        </Text>
      )}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {n.buyerCompanyName}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {n.projectTitle}
      </Text>
      <Text size="xs" c="dimmed">
        {n.advisor?.name ?? t('negotiations.unassignedAdvisor')}
      </Text>
      {n.nextActionOn && (
        <Text size="xs" c={overdue ? 'red.8' : undefined} fw={overdue ? 700 : undefined}>
          {t('negotiations.nextActionOn', { date: formatDateNumeric(n.nextActionOn) })}
          {overdue && `（${t('due.OVERDUE')}）`}
        </Text>
      )}
      {n.stage === 'WON' && n.dealAmountYen !== undefined && <Text size="xs">{formatYen(n.dealAmountYen)}</Text>}
      {!linked && <NegotiationStageBadge stage={n.stage} />}
      {n.newTradingPartner && (
        <Box>
          <NewTradingPartnerBadge />
        </Box>
      )}
    </Stack>
  );
}
