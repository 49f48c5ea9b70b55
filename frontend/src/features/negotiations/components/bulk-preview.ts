import type { NegotiationIntroductionCandidate } from '@/lib/api/types';

export const pairKey = (c: { firmId: number; buyerCompanyId: number }) => `${c.firmId}:${c.buyerCompanyId}`;

/**
 * What introducing the chosen candidates will do, before it is sent: the chosen pairs without an
 * open negotiation are created; the candidates that have one are skipped (the API skips them too,
 * ALREADY_OPEN), chosen or not.
 */
export function introductionPreview(candidates: readonly NegotiationIntroductionCandidate[], chosen: ReadonlySet<string>) {
  const create = candidates.filter((c) => c.openNegotiationId === undefined && chosen.has(pairKey(c)));
  const open = candidates.filter((c) => c.openNegotiationId !== undefined);
  return {
    create: create.length,
    open: open.length,
    pairs: create.map((c) => ({ firmId: c.firmId, buyerCompanyId: c.buyerCompanyId })),
  };
}
