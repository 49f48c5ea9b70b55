import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { navItemsForRoles } from './nav';

const labels = (roles: Role[]) => navItemsForRoles(roles).map((item) => item.labelKey);

describe('navItemsForRoles', () => {
  it.each<Role>(['COORDINATOR', 'ADVISOR', 'ADMIN'])('shows programs and targets to %s', (role) => {
    expect(labels([role])).toEqual(['nav.home', 'nav.programs', 'nav.account']);
  });

  it('hides programs and targets from a buyer', () => {
    expect(labels(['BUYER'])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows only home and account to a user without roles', () => {
    expect(labels([])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows each item once to a user with several staff roles', () => {
    expect(labels(['ADMIN', 'COORDINATOR'])).toEqual(['nav.home', 'nav.programs', 'nav.account']);
  });
});
