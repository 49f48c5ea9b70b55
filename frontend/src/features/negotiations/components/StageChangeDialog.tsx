import { useTranslation } from 'react-i18next';
import type { NegotiationStage } from '@/lib/api/types';
import { useNegotiation } from '@/records/negotiation/queries';
import { DealDialog, ReasonDialog, toDealInput } from './MoveDialogs';
import type { MoveTarget, NegotiationMover } from './use-negotiation-mover';

/** A move that needs something asked first: a reason, the deal, or the confirmation of a reopen. */
export type AskedMove = { kind: 'reason' | 'deal' | 'reopen'; to: NegotiationStage };

interface Props {
  target: MoveTarget;
  move: AskedMove;
  mover: NegotiationMover;
  onClose: () => void;
  onMoved?: (id: number) => void;
}

/** The dialog a move needs before it is sent (LOST/WITHDRAWN: a reason; WON: the deal; reopening: why). */
export function StageChangeDialog({ target, move, mover, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const busy = mover.busyId === target.id;
  const stageName = t(`stage.${move.to}`);
  const finish = (saved: unknown) => {
    onClose();
    if (saved) onMoved?.(target.id);
  };

  if (move.kind === 'deal') {
    return (
      <DealDialog
        negotiationId={target.id}
        title={t('move.dealTitle')}
        submitLabel={t('move.submitMove', { stage: stageName })}
        busy={busy}
        onClose={onClose}
        onSubmit={(values) =>
          void mover
            .run(target, { kind: 'move', body: { to: move.to, deal: toDealInput(values), note: values.note || undefined } })
            .then(finish)
        }
      />
    );
  }
  if (move.kind === 'reason') {
    return (
      <ReasonDialog
        stage={move.to}
        title={t('move.reasonTitle', { stage: stageName })}
        submitLabel={t('move.submitMove', { stage: stageName })}
        busy={busy}
        onClose={onClose}
        onSubmit={(values) =>
          void mover.run(target, { kind: 'move', body: { to: move.to, reason: values.reason, note: values.note || undefined } }).then(finish)
        }
      />
    );
  }
  return <ReopenDialog target={target} mover={mover} onClose={onClose} finish={finish} />;
}

function ReopenDialog({
  target,
  mover,
  onClose,
  finish,
}: {
  target: MoveTarget;
  mover: NegotiationMover;
  onClose: () => void;
  finish: (saved: unknown) => void;
}) {
  const { t } = useTranslation();
  // The server returns it to the stage it was closed from: say which, once known.
  const negotiation = useNegotiation(target.id);
  const reopenTo = negotiation.data?.negotiation.reopenTo;
  return (
    <ReasonDialog
      stage={target.stage}
      title={t('move.reopenTitle')}
      description={
        reopenTo ? t('move.reopenDescription', { from: t(`stage.${target.stage}`), to: t(`stage.${reopenTo}`) }) : undefined
      }
      reasonLabel={t('move.reopenReason')}
      withNote={false}
      submitLabel={t('move.reopen')}
      busy={mover.busyId === target.id}
      onClose={onClose}
      onSubmit={(values) => void mover.run(target, { kind: 'reopen', body: { reason: values.reason } }).then(finish)}
    />
  );
}
