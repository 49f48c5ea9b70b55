import type { Advisor } from '@/lib/api/types';
import { advisorName } from '@/records/advisor/queries';

export interface AdvisorOption {
  value: string;
  label: string;
}

/**
 * The advisors by name, for a select. A choice that is no longer among them (a firm still
 * assigned to someone who left, a bookmarked filter) stays in the list, so it is shown
 * rather than silently dropped.
 */
export function advisorOptions(advisors: readonly Advisor[] | undefined, chosen?: Advisor): AdvisorOption[] {
  const options = (advisors ?? []).map((a) => ({ value: a.subject, label: a.name }));
  if (chosen && !options.some((o) => o.value === chosen.subject)) options.push({ value: chosen.subject, label: chosen.name });
  return options;
}

/** The firm list's filter: every advisor, or one; a subject from the address reads by name when known. */
export function advisorFilterOptions(advisors: readonly Advisor[] | undefined, chosen: string | undefined, all: string): AdvisorOption[] {
  const current = chosen === undefined ? undefined : { subject: chosen, name: advisorName(chosen, advisors) };
  return [{ value: '', label: all }, ...advisorOptions(advisors, current)];
}
