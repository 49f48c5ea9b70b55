import type { Me } from '@/lib/api/types';
import { canViewBuyers, canViewCatalogue, isStaff, ownBuyerCompanyId } from '@/lib/roles';

export interface NavItem {
  to: '/' | '/programs' | '/firms' | '/products' | '/buyers' | '/projects' | '/catalogue' | '/my-company' | '/account';
  labelKey:
    | 'nav.home'
    | 'nav.programs'
    | 'nav.firms'
    | 'nav.products'
    | 'nav.buyers'
    | 'nav.projects'
    | 'nav.catalogue'
    | 'nav.myCompany'
    | 'nav.account';
}

/**
 * The navigation a user sees: only what its roles may use (the API enforces it anyway).
 * A buyer gets 自社情報 once its account is linked to a company.
 */
export function navItemsFor(me: Pick<Me, 'roles' | 'buyerCompanyId'>): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'nav.home' }];
  if (isStaff(me.roles)) {
    items.push({ to: '/programs', labelKey: 'nav.programs' });
    items.push({ to: '/firms', labelKey: 'nav.firms' });
    items.push({ to: '/products', labelKey: 'nav.products' });
  }
  if (canViewBuyers(me.roles)) items.push({ to: '/buyers', labelKey: 'nav.buyers' });
  if (isStaff(me.roles)) items.push({ to: '/projects', labelKey: 'nav.projects' });
  if (canViewCatalogue(me.roles)) items.push({ to: '/catalogue', labelKey: 'nav.catalogue' });
  if (ownBuyerCompanyId(me) !== undefined) items.push({ to: '/my-company', labelKey: 'nav.myCompany' });
  items.push({ to: '/account', labelKey: 'nav.account' });
  return items;
}
