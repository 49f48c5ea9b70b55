import type { Translate } from '@/lib/problem';

/** `participants[12]`, `invitations[3]`: one firm's participation, one company's invitation. */
const MEMBER_FIELD = /^(participants|invitations)\[\d+\]$/;

/**
 * A field of the project's history in the user's words. A participation or invitation is
 * named by its kind only: its recorded value already names the firm or company (and the
 * products it brings or the contacts expected), also for one since removed; its absent
 * side (not yet added, removed) reads — like any empty value.
 */
export function projectHistoryLabel(field: string, t: Translate): string {
  const member = MEMBER_FIELD.exec(field);
  if (member) return t(member[1] === 'participants' ? 'projectHistory.participant' : 'projectHistory.invitation');
  return t(`projectFields.${field}`, { defaultValue: field });
}
