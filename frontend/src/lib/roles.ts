import type { Firm, Me, Role } from './api/types';

/** Chamber staff: they see the programs and their targets, and the firm registry. */
const STAFF: readonly Role[] = ['COORDINATOR', 'ADVISOR', 'ADMIN'];

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF.includes(role));
}

/** Only an admin maintains names and targets (PUT /api/programs/{code} is admin-only). */
export function canEditPrograms(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}

/** Coordinators and admins register, edit, reassign and archive every firm. */
export function canManageFirms(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}

/**
 * Who may open a firm's edit form: coordinators and admins, or the advisor assigned to
 * it. Archived firms are read-only for everyone. The API checks the same again.
 */
export function canEditFirm(me: Pick<Me, 'subject' | 'roles'>, firm: Pick<Firm, 'archived' | 'advisor'>): boolean {
  if (firm.archived) return false;
  if (canManageFirms(me.roles)) return true;
  return me.roles.includes('ADVISOR') && firm.advisor !== undefined && firm.advisor.subject === me.subject;
}

/** The buyer registry is chamber staff's: coordinators, advisors and admins read it. */
export function canViewBuyers(roles: readonly Role[]): boolean {
  return isStaff(roles);
}

/** Coordinators and admins register, edit and archive buyer companies and keep their contacts. */
export function canManageBuyers(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}

/** A buyer's own company (自社情報), when its account is linked to one. */
export function ownBuyerCompanyId(me: Pick<Me, 'roles' | 'buyerCompanyId'>): number | undefined {
  return me.roles.includes('BUYER') ? me.buyerCompanyId : undefined;
}

/** Coordinators and admins plan projects, add participants and invitations, open and close them; advisors read. */
export function canManageProjects(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}

/** The exhibitor catalogue is a buyer's. */
export function canViewCatalogue(roles: readonly Role[]): boolean {
  return roles.includes('BUYER');
}

/**
 * Who may move and change a negotiation: coordinators and admins, or the advisor who owns
 * it. A negotiation's page has the API's own answer (`mayChange`); the board and lists use
 * this for their cards. The API checks again.
 */
export function canChangeNegotiation(me: Pick<Me, 'subject' | 'roles'>, negotiation: { advisor?: { subject: string } }): boolean {
  if (me.roles.includes('COORDINATOR') || me.roles.includes('ADMIN')) return true;
  return me.roles.includes('ADVISOR') && negotiation.advisor?.subject === me.subject;
}

/** Coordinators and advisors introduce firms to buyers (one or in bulk); admins too. */
export function canIntroduce(roles: readonly Role[]): boolean {
  return isStaff(roles);
}

/** The trade meeting timetable is generated, changed and published by coordinators and admins. */
export function canManageTimetable(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}
