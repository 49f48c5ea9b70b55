import { describe, expect, it } from 'vitest';
import type { Firm, Role } from './api/types';
import { canChangeNegotiation, canEditFirm, canManageFirms } from './roles';

const ADVISOR_SUBJECT = 'advisor-1';
const assigned: Pick<Firm, 'archived' | 'advisor'> = {
  archived: false,
  advisor: { subject: ADVISOR_SUBJECT, name: '鈴木 一郎' },
};
const me = (roles: Role[], subject = ADVISOR_SUBJECT) => ({ roles, subject });

describe('canManageFirms', () => {
  it.each<[Role, boolean]>([
    ['COORDINATOR', true],
    ['ADMIN', true],
    ['ADVISOR', false],
    ['BUYER', false],
  ])('%s → %s', (role, expected) => {
    expect(canManageFirms([role])).toBe(expected);
  });
});

describe('canEditFirm', () => {
  it('lets coordinators and admins edit any firm', () => {
    expect(canEditFirm(me(['COORDINATOR'], 'someone'), assigned)).toBe(true);
    expect(canEditFirm(me(['ADMIN'], 'someone'), { archived: false })).toBe(true);
  });

  it('lets an advisor edit only the firms assigned to it', () => {
    expect(canEditFirm(me(['ADVISOR']), assigned)).toBe(true);
    expect(canEditFirm(me(['ADVISOR'], 'advisor-2'), assigned)).toBe(false);
    expect(canEditFirm(me(['ADVISOR']), { archived: false })).toBe(false);
  });

  it('lets nobody edit an archived firm', () => {
    expect(canEditFirm(me(['ADMIN']), { ...assigned, archived: true })).toBe(false);
    expect(canEditFirm(me(['ADVISOR']), { ...assigned, archived: true })).toBe(false);
  });

  it('never lets a buyer edit', () => {
    expect(canEditFirm(me(['BUYER']), assigned)).toBe(false);
  });
});

describe('canChangeNegotiation', () => {
  const owned = { advisor: { subject: 'adv-1' } };
  it('lets coordinators and admins change every negotiation', () => {
    expect(canChangeNegotiation({ subject: 'x', roles: ['COORDINATOR'] }, owned)).toBe(true);
    expect(canChangeNegotiation({ subject: 'x', roles: ['ADMIN'] }, {})).toBe(true);
  });

  it('lets an advisor change only its own, not another advisor’s nor an unassigned one', () => {
    expect(canChangeNegotiation({ subject: 'adv-1', roles: ['ADVISOR'] }, owned)).toBe(true);
    expect(canChangeNegotiation({ subject: 'adv-2', roles: ['ADVISOR'] }, owned)).toBe(false);
    expect(canChangeNegotiation({ subject: 'adv-1', roles: ['ADVISOR'] }, {})).toBe(false);
  });

  it('lets a buyer change none', () => {
    expect(canChangeNegotiation({ subject: 'adv-1', roles: ['BUYER'] }, owned)).toBe(false);
  });
});
