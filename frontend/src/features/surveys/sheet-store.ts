import type { InvitationSheet } from '@/records/survey/types';

/**
 * The links of printed invitation sheets exist only in the answer that issued them (the API
 * keeps their hashes): they are kept here, in memory, for the print page that follows, and
 * never in storage or the address. A reload forgets them; printing again issues new links.
 */
const sheetsBySurvey = new Map<number, InvitationSheet[]>();

export function keepSheets(surveyId: number, sheets: InvitationSheet[]): void {
  sheetsBySurvey.set(surveyId, sheets);
}

export function sheetsOf(surveyId: number): InvitationSheet[] {
  return sheetsBySurvey.get(surveyId) ?? [];
}

export function forgetSheets(surveyId: number): void {
  sheetsBySurvey.delete(surveyId);
}
