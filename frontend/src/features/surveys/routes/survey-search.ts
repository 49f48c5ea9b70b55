import * as z from 'zod/mini';
import { PROGRAM_CODES } from '@/lib/api/enums';
import { normalizeText } from '@/lib/japanese-text';
import { DEFAULT_PAGE_SIZE, flagParam, pageParam, pageSizeParam, searchTextParam } from '@/lib/search-params';
import type { IntroductionCandidateParams, InvitationListParams, SurveyListParams, SurveySort } from '@/records/survey/types';
import { CANDIDATE_SORTS, INVITATION_STATUSES, SURVEY_SORTS, SURVEY_STATES } from '../enums';

// What each list of the surveys area keeps in the URL; a hand-edited address falls back to defaults.

export const DEFAULT_SURVEY_SORT: SurveySort = '-opensOn';
export const SURVEYS_SEARCH_DEFAULTS = { sort: DEFAULT_SURVEY_SORT, page: 1, size: DEFAULT_PAGE_SIZE } as const;

/** /surveys?q=&fiscalYear=2025&program=FOOD&state=OPEN&projectId=3&sort=&page=&size= */
export const surveysSearchSchema = z.object({
  q: searchTextParam,
  fiscalYear: z.catch(z.optional(z.int().check(z.minimum(2000), z.maximum(2100))), undefined),
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
  state: z.catch(z.optional(z.enum(SURVEY_STATES)), undefined),
  projectId: z.catch(z.optional(z.int().check(z.positive())), undefined),
  sort: z.catch(z._default(z.enum(SURVEY_SORTS), DEFAULT_SURVEY_SORT), DEFAULT_SURVEY_SORT),
  page: pageParam,
  size: pageSizeParam,
});
export type SurveysSearch = z.output<typeof surveysSearchSchema>;

export function hasSurveyFilters(search: SurveysSearch): boolean {
  return Boolean(search.q?.trim()) || search.fiscalYear !== undefined || search.program !== undefined || search.state !== undefined || search.projectId !== undefined;
}

export function toSurveyListParams(search: SurveysSearch): SurveyListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return {
    q: q || undefined,
    fiscalYear: search.fiscalYear,
    program: search.program,
    state: search.state,
    projectId: search.projectId,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}

export const INVITATIONS_SEARCH_DEFAULTS = { page: 1, size: 50 } as const;

/** /surveys/7?q=&status=SENT&revoked=false&page=2: the survey page's invitation list. */
export const invitationsSearchSchema = z.object({
  q: searchTextParam,
  status: z.catch(z.optional(z.enum(INVITATION_STATUSES)), undefined),
  revoked: z.catch(z.optional(z.boolean()), undefined),
  page: pageParam,
  size: z.catch(z._default(z.number().check(z.refine((s) => [20, 50, 100, 200].includes(s))), 50), 50),
});
export type InvitationsSearch = z.output<typeof invitationsSearchSchema>;

export function toInvitationListParams(search: InvitationsSearch): InvitationListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return { q: q || undefined, status: search.status, revoked: search.revoked, sort: 'company', page: search.page - 1, size: search.size };
}

export const INTRODUCTIONS_SEARCH_DEFAULTS = { sort: '-markedAt', page: 1, size: DEFAULT_PAGE_SIZE, mine: false } as const;

/** /introductions?surveyId=7&mine=true&sort=firm&page=2 */
export const introductionsSearchSchema = z.object({
  surveyId: z.catch(z.optional(z.int().check(z.positive())), undefined),
  firmId: z.catch(z.optional(z.int().check(z.positive())), undefined),
  mine: flagParam,
  sort: z.catch(z._default(z.enum(CANDIDATE_SORTS), '-markedAt'), '-markedAt'),
  page: pageParam,
  size: pageSizeParam,
});
export type IntroductionsSearch = z.output<typeof introductionsSearchSchema>;

export function toCandidateParams(search: IntroductionsSearch, mySubject: string | undefined): IntroductionCandidateParams {
  return {
    surveyId: search.surveyId,
    firmId: search.firmId,
    advisor: search.mine ? mySubject : undefined,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}
