import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { AREAS } from './areas';
import { navEntriesOf, navItemsFor } from './nav';

const NAV_ENTRIES = navEntriesOf(AREAS);

const labels = (roles: Role[], buyerCompanyId?: number) => navItemsFor({ roles, buyerCompanyId }, NAV_ENTRIES).map((item) => item.labelKey);

const STAFF_NAV = ['nav.home', 'nav.programs', 'nav.kpiReport', 'nav.firms', 'nav.products', 'nav.buyers', 'nav.projects', 'nav.account'];

describe('navItemsFor', () => {
  it.each<Role>(['COORDINATOR', 'ADVISOR', 'ADMIN'])('shows programs, the annual report, firms, products and buyer companies to %s', (role) => {
    expect(labels([role])).toEqual(STAFF_NAV);
  });

  it('hides programs, firms and buyer companies from a buyer without a company', () => {
    expect(labels(['BUYER'])).toEqual(['nav.home', 'nav.catalogue', 'nav.account']);
  });

  it("shows a buyer linked to a company its own company, and nothing of the staff's", () => {
    expect(labels(['BUYER'], 12)).toEqual(['nav.home', 'nav.catalogue', 'nav.myCompany', 'nav.account']);
  });

  it('shows no own company to staff, whatever the answer says', () => {
    expect(labels(['COORDINATOR'], 12)).toEqual(STAFF_NAV);
  });

  it('shows only home and account to a user without roles', () => {
    expect(labels([])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows each item once to a user with several staff roles', () => {
    expect(labels(['ADMIN', 'COORDINATOR'])).toEqual(STAFF_NAV);
  });

  it('gives every entry its own place in the menu, whichever area declares it', () => {
    const orders = NAV_ENTRIES.map((entry) => entry.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});
