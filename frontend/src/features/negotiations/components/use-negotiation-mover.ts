import { useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { NEGOTIATION_STAGES } from '@/lib/api/enums';
import type { Negotiation, NegotiationMove, NegotiationReopen, NegotiationStage } from '@/lib/api/types';
import { ApiError, localErrorMessage } from '@/lib/problem';
import { negotiationSaved } from '@/records/negotiation/invalidate';
import { negotiationKeys } from '@/records/negotiation/keys';
import { fetchNegotiation, type VersionedNegotiation } from '@/records/negotiation/queries';
import { refresh } from '@/records/refresh';
import { moveNegotiation, reopenNegotiation } from '../api/negotiation-changes';
import { inBoardOrder } from './board-moves';

/** The card or page being moved: what the user saw, with the ETag of that version. */
export interface MoveTarget {
  id: number;
  etag: string;
  stage: NegotiationStage;
  firmTradeName: string;
  buyerCompanyName: string;
}

export type MoveRequest = { kind: 'move'; body: NegotiationMove } | { kind: 'reopen'; body: NegotiationReopen };

/** A move the stage machine refused (409), with the stages it allows. */
export interface RefusedMove {
  from: NegotiationStage;
  to: NegotiationStage;
  allowed: readonly NegotiationStage[];
}

export interface NegotiationMover {
  /** The negotiation whose move is on its way. */
  busyId: number | undefined;
  /** The pending move's target column, to show the card there while it goes. */
  pending: { id: number; to: NegotiationStage } | undefined;
  refused: RefusedMove | undefined;
  /** 412: someone else changed it first; the latest version, to say what they did. */
  conflict: Negotiation | undefined;
  /** Sends the move; resolves to the saved negotiation, or undefined when it was refused. */
  run: (target: MoveTarget, request: MoveRequest) => Promise<VersionedNegotiation | undefined>;
  refuse: (refused: RefusedMove) => void;
  dismissRefused: () => void;
  dismissConflict: () => void;
}

function isStage(value: unknown): value is NegotiationStage {
  return typeof value === 'string' && (NEGOTIATION_STAGES as readonly string[]).includes(value);
}

/** The allowed stages a 409 `negotiation.stage.transition` names in `params.allowed`. */
export function refusalOf(error: ApiError, target: MoveTarget, to: NegotiationStage): RefusedMove | undefined {
  if (error.status !== 409) return undefined;
  const transition = error.problem?.errors?.find((e) => e.key === 'negotiation.stage.transition');
  if (!transition) return undefined;
  const allowed = transition.params?.allowed;
  const from = transition.params?.from;
  return {
    from: isStage(from) ? from : target.stage,
    to,
    allowed: inBoardOrder(Array.isArray(allowed) ? allowed.filter(isStage) : []),
  };
}

/**
 * Moving a negotiation from the board or its page: sends If-Match with the version the user
 * saw; a 409 lists the stages it may go to, a 412 shows what the other person did.
 */
export function useNegotiationMover(): NegotiationMover {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const translate = useTranslate();
  const [pending, setPending] = useState<{ id: number; to: NegotiationStage } | undefined>();
  const [refused, setRefused] = useState<RefusedMove | undefined>();
  const [conflict, setConflict] = useState<Negotiation | undefined>();

  const run = async (target: MoveTarget, request: MoveRequest) => {
    const to = request.kind === 'move' ? request.body.to : target.stage;
    setRefused(undefined);
    setPending({ id: target.id, to });
    try {
      const saved =
        request.kind === 'move'
          ? await moveNegotiation(target.id, target.etag, request.body)
          : await reopenNegotiation(target.id, target.etag, request.body);
      await negotiationSaved(queryClient, saved);
      notifications.show({
        color: 'teal',
        message: t('board.moved', {
          firm: target.firmTradeName,
          buyer: target.buyerCompanyName,
          stage: t(`stage.${saved.negotiation.stage}`),
        }),
      });
      return saved;
    } catch (error) {
      if (!(error instanceof ApiError)) return undefined; // no answer: the global handler said so
      const refusal = refusalOf(error, target, to);
      if (refusal) {
        setRefused(refusal);
      } else if (error.status === 412) {
        try {
          const latest = await fetchNegotiation(target.id);
          queryClient.setQueryData(negotiationKeys.detail(target.id), latest);
          setConflict(latest.negotiation);
        } catch {
          // Could not read it either: the lists below ask again all the same.
        }
      } else {
        const local = localErrorMessage(error, translate);
        if (local) notifications.show({ color: 'red', title: local.title, message: local.items.join(' ') || undefined });
      }
      await refresh(queryClient, [negotiationKeys.lists()]);
      return undefined;
    } finally {
      setPending(undefined);
    }
  };

  return {
    busyId: pending?.id,
    pending,
    refused,
    conflict,
    run,
    refuse: setRefused,
    dismissRefused: () => setRefused(undefined),
    dismissConflict: () => setConflict(undefined),
  };
}
