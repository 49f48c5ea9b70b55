import type { Role } from './api/types';

/** Chamber staff: they see the programs and their targets. */
const STAFF: readonly Role[] = ['COORDINATOR', 'ADVISOR', 'ADMIN'];

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF.includes(role));
}

/** Only an admin maintains names and targets (PUT /api/programs/{code} is admin-only). */
export function canEditPrograms(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}
