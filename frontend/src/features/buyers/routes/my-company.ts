import type { Me } from '@/lib/api/types';
import { ownBuyerCompanyId } from '@/lib/roles';

/** What 自社情報 shows the signed-in user. */
export type MyCompanyView =
  /** A buyer linked to a company: that company. */
  | { kind: 'company'; id: number }
  /** A buyer whose account is not linked to a company yet. */
  | { kind: 'unlinked' }
  /** Staff, or a user without roles: the page is for buyers. */
  | { kind: 'not-buyer' };

export function myCompanyView(me: Pick<Me, 'roles' | 'buyerCompanyId'>): MyCompanyView {
  const id = ownBuyerCompanyId(me);
  if (id !== undefined) return { kind: 'company', id };
  return me.roles.includes('BUYER') ? { kind: 'unlinked' } : { kind: 'not-buyer' };
}
