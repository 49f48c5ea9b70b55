import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailRow as Row, DetailSection as Section } from '@/components/DetailTable';
import { AnchorLink } from '@/components/links';
import { NegotiationStageBadge, NewTradingPartnerBadge } from '@/components/NegotiationBadges';
import { DetailSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import type { Negotiation, NegotiationStage } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateNumeric, formatDateTime, formatYen } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { parseRecordId } from '@/lib/record-id';
import { isStaff } from '@/lib/roles';
import { useAdvisors } from '@/records/advisor/queries';
import { negotiationSaved } from '@/records/negotiation/invalidate';
import { useNegotiation, type VersionedNegotiation } from '@/records/negotiation/queries';
import { usePrograms } from '@/records/program/queries';
import { updateNegotiation } from '../api/negotiation-changes';
import { inBoardOrder, planDrop } from '../components/board-moves';
import { FollowUps } from '../components/FollowUps';
import { DealDialog, MoveConflictModal, RefusedMoveAlert, toDealInput, type DealValues } from '../components/MoveDialogs';
import { StageChangeDialog, type AskedMove } from '../components/StageChangeDialog';
import { TakeOverDialog } from '../components/TakeOverDialog';
import { NegotiationTimeline } from '../components/Timeline';
import { useNegotiationMover, type MoveTarget } from '../components/use-negotiation-mover';

const route = getRouteApi('/negotiations/$id');

export function NegotiationDetailPage() {
  const { id } = route.useParams();
  const negotiationId = parseRecordId(id);
  return negotiationId === undefined ? <NegotiationNotFound /> : <NegotiationDetail id={negotiationId} key={negotiationId} />;
}

function NegotiationNotFound() {
  const { t } = useTranslation();
  return <StateMessage title={t('negotiationPage.notFoundTitle')} description={t('negotiationPage.notFoundDescription')} />;
}

function NegotiationDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && isStaff(me.data.roles);
  const query = useNegotiation(id, allowed);
  const programs = usePrograms();
  const roles = me.data?.roles ?? [];
  const managesAll = roles.includes('COORDINATOR') || roles.includes('ADMIN');
  const advisors = useAdvisors(allowed && managesAll);
  const mover = useNegotiationMover();
  const [asked, setAsked] = useState<AskedMove | undefined>();
  const [takingOver, setTakingOver] = useState(false);
  const [editingDeal, setEditingDeal] = useState(false);

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('negotiations.forbiddenTitle')} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NegotiationNotFound />;
    return <LoadError onRetry={() => void query.refetch()} />;
  }
  if (!me.data || query.isPending) return <DetailSkeleton />;

  const { negotiation: n, etag } = query.data;
  const target: MoveTarget = { id: n.id, etag, stage: n.stage, firmTradeName: n.firmTradeName, buyerCompanyName: n.buyerCompanyName };
  const notSet = t('common.notSet');
  const closed = n.allowedMoves.length === 0 && n.reopenTo !== undefined;
  const isOwner = n.advisor?.subject === me.data.subject;
  const canTakeOver = managesAll || (roles.includes('ADVISOR') && !isOwner);

  const startMove = (to: NegotiationStage) => {
    const plan = planDrop(n.stage, to, n.allowedMoves);
    if (plan.kind === 'move') void mover.run(target, { kind: 'move', body: { to } });
    else if (plan.kind === 'refused') mover.refuse({ from: n.stage, to, allowed: inBoardOrder(plan.allowed) });
    else if (plan.kind !== 'none') setAsked({ kind: plan.kind, to: plan.to });
  };

  return (
    <Stack gap="lg">
      <AnchorLink to="/negotiations/board" size="sm">
        ← {t('board.title')}
      </AnchorLink>

      <Stack gap={6}>
        <Title order={1} fz={{ base: 22, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
          {t('negotiationPage.heading', { firm: n.firmTradeName, buyer: n.buyerCompanyName })}
        </Title>
        <Group gap="xs">
          <NegotiationStageBadge stage={n.stage} />
          {n.newTradingPartner && <NewTradingPartnerBadge />}
        </Group>
      </Stack>

      {mover.refused && <RefusedMoveAlert refused={mover.refused} onClose={mover.dismissRefused} />}

      {n.mayChange ? (
        <Paper withBorder p="md" component="section" aria-labelledby="negotiation-stage-actions">
          <Stack gap="xs">
            <Title order={2} size="h5" id="negotiation-stage-actions">
              {t('negotiationPage.stageActions')}
            </Title>
            <Group gap="xs">
              {inBoardOrder(n.allowedMoves).map((stage) => (
                <Button
                  key={stage}
                  variant={stage === 'LOST' || stage === 'WITHDRAWN' ? 'default' : 'light'}
                  loading={mover.pending?.to === stage}
                  disabled={mover.busyId !== undefined}
                  onClick={() => startMove(stage)}
                >
                  {t('negotiationPage.moveTo', { stage: t(`stage.${stage}`) })}
                </Button>
              ))}
              {closed && n.reopenTo && (
                <Button variant="default" onClick={() => setAsked({ kind: 'reopen', to: n.reopenTo ?? n.stage })}>
                  {t('negotiationPage.reopen')}
                </Button>
              )}
              {canTakeOver && (
                <Button variant="subtle" onClick={() => setTakingOver(true)}>
                  {managesAll ? t('negotiationPage.handOver') : t('negotiationPage.takeOver')}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Alert color="gray" variant="light">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('negotiationPage.readOnly')}</Text>
            {canTakeOver && (
              <Button variant="default" size="xs" onClick={() => setTakingOver(true)}>
                {t('negotiationPage.takeOver')}
              </Button>
            )}
          </Group>
        </Alert>
      )}

      <Section id="negotiation-basics" title={t('negotiationPage.basics')}>
        <Row label={t('negotiationPage.firm')}>
          <AnchorLink to="/firms/$id" params={{ id: String(n.firmId) }}>
            {n.firmTradeName}
          </AnchorLink>
        </Row>
        <Row label={t('negotiationPage.buyer')}>
          <AnchorLink to="/buyers/$id" params={{ id: String(n.buyerCompanyId) }}>
            {n.buyerCompanyName}
          </AnchorLink>
        </Row>
        <Row label={t('negotiationPage.contact')}>{n.buyerContact?.name ?? notSet}</Row>
        <Row label={t('negotiationPage.project')}>
          <AnchorLink to="/projects/$id" params={{ id: String(n.projectId) }}>
            {n.projectTitle}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {programNameOf(n.program, programs.data, i18n.language)}
            {t('common.listSeparator')}
            {fiscalYearText(n.fiscalYear, i18n.language)}
          </Text>
        </Row>
        <Row label={t('negotiationPage.advisor')}>{n.advisor?.name ?? t('negotiations.unassignedAdvisor')}</Row>
        <Row label={t('negotiationPage.source')}>{t(`negotiationSource.${n.source}`)}</Row>
        <Row label={t('negotiationPage.introduced')}>
          {t('negotiationPage.introducedValue', { date: formatDateNumeric(n.introducedOn), name: n.introducedBy.name })}
        </Row>
        <Row label={t('negotiationPage.meeting')}>
          {n.meetingAt || n.meetingPlace ? [n.meetingAt && formatDateTime(n.meetingAt), n.meetingPlace].filter(Boolean).join(' ') : notSet}
        </Row>
        <Row label={t('negotiationPage.interest')}>
          {n.interest ? <span style={{ whiteSpace: 'pre-wrap' }}>{n.interest}</span> : notSet}
        </Row>
        <Row label={t('negotiationPage.products')}>
          {n.products.length > 0 ? n.products.map((p) => p.name).join(t('common.listSeparator')) : notSet}
        </Row>
        <Row label={t('negotiationPage.nextAction')}>
          {n.nextAction && n.nextActionOn ? t('followUps.next', { action: n.nextAction, date: formatDateNumeric(n.nextActionOn) }) : notSet}
        </Row>
        {n.closedReason && <Row label={t('negotiationPage.closedReason')}>{n.closedReason}</Row>}
      </Section>

      {n.deal && (
        <Stack gap="xs">
          <Section id="negotiation-deal" title={t('negotiationPage.deal')}>
            <Row label={t('negotiationPage.dealOn')}>{formatDateNumeric(n.deal.on)}</Row>
            <Row label={t('negotiationPage.dealAmount')}>{n.deal.amountYen === undefined ? notSet : formatYen(n.deal.amountYen)}</Row>
            <Row label={t('negotiationPage.dealProducts')}>
              {n.deal.products.length > 0 ? n.deal.products.map((p) => p.name).join(t('common.listSeparator')) : notSet}
            </Row>
          </Section>
          {n.mayChange && n.stage === 'WON' && (
            <Group>
              <Button variant="default" size="sm" onClick={() => setEditingDeal(true)}>
                {t('negotiationPage.dealEdit')}
              </Button>
            </Group>
          )}
        </Stack>
      )}

      <FollowUps negotiationId={n.id} followUps={n.followUps} mayChange={n.mayChange} />
      <NegotiationTimeline events={n.history} />

      {asked && <StageChangeDialog target={target} move={asked} mover={mover} onClose={() => setAsked(undefined)} />}
      {takingOver && (
        <TakeOverDialog
          negotiationId={n.id}
          etag={etag}
          advisors={managesAll ? (advisors.data ?? []) : undefined}
          currentSubject={n.advisor?.subject}
          onClose={() => setTakingOver(false)}
        />
      )}
      {editingDeal && n.deal && <DealCorrection versioned={query.data} onClose={() => setEditingDeal(false)} />}
      <MoveConflictModal latest={mover.conflict} onClose={mover.dismissConflict} />
    </Stack>
  );
}

/** 成約内容を修正: PUT with the negotiation's other fields as they are and the deal changed. */
function DealCorrection({ versioned, onClose }: { versioned: VersionedNegotiation; onClose: () => void }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const n: Negotiation = versioned.negotiation;
  const deal = n.deal;
  const initial: DealValues | undefined = deal && {
    on: deal.on,
    amountYen: deal.amountYen ?? '',
    productIds: deal.products.map((p) => p.id),
    note: '',
  };
  const save = async (values: DealValues) => {
    setBusy(true);
    try {
      const saved = await updateNegotiation(n.id, versioned.etag, {
        buyerContactId: n.buyerContact?.id,
        meetingAt: n.meetingAt,
        meetingPlace: n.meetingPlace,
        interest: n.interest,
        productIds: n.products.map((p) => p.id),
        deal: toDealInput(values),
      });
      await negotiationSaved(queryClient, saved);
      notifications.show({ color: 'teal', message: t('dealEdit.saved') });
      onClose();
    } catch (error) {
      const local = localErrorMessage(error, translate);
      if (local) notifications.show({ color: 'red', title: local.title, message: local.items.join(' ') || undefined });
    } finally {
      setBusy(false);
    }
  };
  return (
    <DealDialog
      negotiationId={n.id}
      title={t('dealEdit.title')}
      submitLabel={t('dealEdit.submit')}
      busy={busy}
      onClose={onClose}
      onSubmit={(values) => void save(values)}
      initial={initial}
    />
  );
}
