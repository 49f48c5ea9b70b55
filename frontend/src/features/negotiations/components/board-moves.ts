import { CLOSED_STAGES, NEGOTIATION_STAGES } from '@/lib/api/enums';
import type { NegotiationStage } from '@/lib/api/types';

/**
 * What dropping a card on a column means, before anything is sent. The server has the
 * last word (a wrong move answers 409 with the allowed stages); this only spares a request
 * the client already knows is wrong, and says which dialog a move needs first.
 */
export type DropPlan =
  /** Dropped where it was. */
  | { kind: 'none' }
  /** Sent as it is. */
  | { kind: 'move'; to: NegotiationStage }
  /** LOST and WITHDRAWN need a reason. */
  | { kind: 'reason'; to: NegotiationStage }
  /** WON needs the deal's date, and may carry its amount and products. */
  | { kind: 'deal'; to: NegotiationStage }
  /** A closed negotiation goes back only by an explicit, recorded reopen. */
  | { kind: 'reopen'; to: NegotiationStage }
  /** Not a move the negotiation may make now: these are. */
  | { kind: 'refused'; to: NegotiationStage; allowed: readonly NegotiationStage[] };

export function isClosed(stage: NegotiationStage): boolean {
  return (CLOSED_STAGES as readonly NegotiationStage[]).includes(stage);
}

/**
 * @param nextStages the moves the server would accept now (from the negotiation itself), reopen excluded
 */
export function planDrop(from: NegotiationStage, to: NegotiationStage, nextStages: readonly NegotiationStage[]): DropPlan {
  if (from === to) return { kind: 'none' };
  if (isClosed(from)) return isClosed(to) ? { kind: 'refused', to, allowed: nextStages } : { kind: 'reopen', to };
  if (!nextStages.includes(to)) return { kind: 'refused', to, allowed: nextStages };
  if (to === 'WON') return { kind: 'deal', to };
  if (to === 'LOST' || to === 'WITHDRAWN') return { kind: 'reason', to };
  return { kind: 'move', to };
}

/** The columns in board order, for the keyboard's left and right. */
export function neighbourStage(stage: NegotiationStage, direction: 'left' | 'right'): NegotiationStage | undefined {
  const index = NEGOTIATION_STAGES.indexOf(stage);
  return NEGOTIATION_STAGES[index + (direction === 'right' ? 1 : -1)];
}

/** The allowed stages in board order, whatever order the answer gave them in. */
export function inBoardOrder(stages: readonly NegotiationStage[]): NegotiationStage[] {
  return NEGOTIATION_STAGES.filter((stage) => stages.includes(stage));
}

