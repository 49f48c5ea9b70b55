import type { Role } from '@/lib/api/types';

// Who does what with surveys (issue 10, "Who sees what"); the API checks the same again.

/** Admins keep the templates. */
export function canEditTemplates(roles: readonly Role[]): boolean {
  return roles.includes('ADMIN');
}

/** Coordinators (and admins) issue surveys and handle invitations and mails. */
export function canManageSurveys(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN');
}

/** Staff read surveys, their analysis and reports; advisors also type paper responses. */
export function canReadSurveys(roles: readonly Role[]): boolean {
  return roles.includes('COORDINATOR') || roles.includes('ADMIN') || roles.includes('ADVISOR');
}

/** 代理入力: typing a paper response on a buyer's behalf. */
export function canEnterProxy(roles: readonly Role[]): boolean {
  return canReadSurveys(roles);
}

/** A buyer answers its own invitations. */
export function canAnswerOwnSurveys(roles: readonly Role[]): boolean {
  return roles.includes('BUYER');
}
