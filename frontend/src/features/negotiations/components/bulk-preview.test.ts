import { describe, expect, it } from 'vitest';
import type { NegotiationIntroductionCandidate } from '@/lib/api/types';
import { introductionPreview, pairKey } from './bulk-preview';

const candidate = (firmId: number, buyerCompanyId: number, openNegotiationId?: number): NegotiationIntroductionCandidate => ({
  firmId,
  firmTradeName: `事業者${firmId}`,
  buyerCompanyId,
  buyerCompanyName: `バイヤー${buyerCompanyId}`,
  products: [{ id: firmId * 100, name: '干物' }],
  ...(openNegotiationId === undefined ? {} : { openNegotiationId }),
});

describe('introductionPreview', () => {
  const candidates = [candidate(1, 10), candidate(1, 11, 501), candidate(2, 10), candidate(3, 12)];

  it('creates the chosen pairs without an open negotiation and names the open ones as skipped', () => {
    const preview = introductionPreview(candidates, new Set(['1:10', '3:12']));
    expect(preview.create).toBe(2);
    expect(preview.open).toBe(1);
    expect(preview.pairs).toEqual([
      { firmId: 1, buyerCompanyId: 10 },
      { firmId: 3, buyerCompanyId: 12 },
    ]);
  });

  it('never sends a pair that already has an open negotiation, even when it was chosen', () => {
    const preview = introductionPreview(candidates, new Set(['1:11']));
    expect(preview.create).toBe(0);
    expect(preview.pairs).toEqual([]);
  });

  it('keys a pair by firm and buyer company', () => {
    expect(pairKey({ firmId: 4, buyerCompanyId: 9 })).toBe('4:9');
  });
});
