import type { Role } from '@/lib/api/types';
import { isStaff } from '@/lib/roles';

export interface NavItem {
  to: '/' | '/programs' | '/firms' | '/account';
  labelKey: 'nav.home' | 'nav.programs' | 'nav.firms' | 'nav.account';
}

/** The navigation a user sees: only what the roles may use (the API enforces it anyway). */
export function navItemsForRoles(roles: readonly Role[]): NavItem[] {
  const items: NavItem[] = [{ to: '/', labelKey: 'nav.home' }];
  if (isStaff(roles)) {
    items.push({ to: '/programs', labelKey: 'nav.programs' });
    items.push({ to: '/firms', labelKey: 'nav.firms' });
  }
  items.push({ to: '/account', labelKey: 'nav.account' });
  return items;
}
