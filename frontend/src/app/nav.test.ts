import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { AREAS } from './areas';
import { navEntriesOf, navItemsFor } from './nav';

const NAV_ENTRIES = navEntriesOf(AREAS);

const labels = (roles: Role[], buyerCompanyId?: number) => navItemsFor({ roles, buyerCompanyId }, NAV_ENTRIES).map((item) => item.labelKey);

const REGISTRIES = ['nav.home', 'nav.programs', 'nav.kpiReport', 'nav.firms', 'nav.products', 'nav.buyers', 'nav.projects'];
const FOLLOW_UP = ['nav.negotiations', 'nav.leads', 'nav.account'];
// Staff read the surveys and the candidate introductions; only admins keep the survey templates.
const STAFF_NAV = [...REGISTRIES, 'nav.surveys', 'nav.introductions', ...FOLLOW_UP];
const ADMIN_NAV = [...REGISTRIES, 'nav.surveys', 'nav.introductions', 'nav.surveyTemplates', ...FOLLOW_UP];
// Advisors also see what needs their action today, right after home.
const ADVISOR_NAV = ['nav.home', 'nav.myNegotiations', ...STAFF_NAV.slice(1)];

describe('navItemsFor', () => {
  it('shows programs, firms, products, buyer companies, surveys and negotiations to a coordinator', () => {
    expect(labels(['COORDINATOR'])).toEqual(STAFF_NAV);
  });

  it('shows the survey templates to an admin besides', () => {
    expect(labels(['ADMIN'])).toEqual(ADMIN_NAV);
  });

  it('shows an advisor its own negotiations first', () => {
    expect(labels(['ADVISOR'])).toEqual(ADVISOR_NAV);
  });

  it('hides programs, firms and buyer companies from a buyer without a company', () => {
    expect(labels(['BUYER'])).toEqual(['nav.home', 'nav.catalogue', 'nav.mySurveys', 'nav.account']);
  });

  it("shows a buyer linked to a company its own company, and nothing of the staff's", () => {
    expect(labels(['BUYER'], 12)).toEqual(['nav.home', 'nav.catalogue', 'nav.mySurveys', 'nav.myCompany', 'nav.account']);
  });

  it('shows no own company to staff, whatever the answer says', () => {
    expect(labels(['COORDINATOR'], 12)).toEqual(STAFF_NAV);
  });

  it('shows only home and account to a user without roles', () => {
    expect(labels([])).toEqual(['nav.home', 'nav.account']);
  });

  it('shows each item once to a user with several staff roles', () => {
    expect(labels(['ADMIN', 'COORDINATOR'])).toEqual(ADMIN_NAV);
  });

  it('gives every entry its own place in the menu, whichever area declares it', () => {
    const orders = NAV_ENTRIES.map((entry) => entry.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});
