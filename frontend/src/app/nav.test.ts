import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { navItemsForRoles } from './nav';

const labels = (roles: Role[]) => navItemsForRoles(roles).map((item) => item.labelKey);

const STAFF_NAV = ['nav.home', 'nav.programs', 'nav.firms', 'nav.account'];

describe('navItemsForRoles', () => {
  it.each<Role>(['COORDINATOR', 'ADVISOR', 'ADMIN'])('shows programs and firms to %s', (role) => {
    expect(labels([role])).toEqual(STAFF_NAV);
  });

  it('hides programs and firms from a buyer', () => {
    expect(labels(['BUYER'])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows only home and account to a user without roles', () => {
    expect(labels([])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows each item once to a user with several staff roles', () => {
    expect(labels(['ADMIN', 'COORDINATOR'])).toEqual(STAFF_NAV);
  });
});
