import * as z from 'zod/mini';
import { PROGRAM_CODES, PROJECT_SORTS, PROJECT_STATES } from '@/lib/api/enums';
import type { ProjectSort } from '@/lib/api/types';
import { normalizeText } from '@/lib/japanese-text';
import { DEFAULT_PAGE_SIZE, pageParam, pageSizeParam, searchTextParam, withoutPaging } from '@/lib/search-params';
import type { ProjectListParams } from '@/records/project/keys';

export const DEFAULT_PROJECT_SORT: ProjectSort = '-fiscalYear';

/** Values that equal these are left out of the address (see the route's stripSearchParams). */
export const PROJECTS_SEARCH_DEFAULTS = { sort: DEFAULT_PROJECT_SORT, page: 1, size: DEFAULT_PAGE_SIZE } as const;

/**
 * /projects?q=商談会&fiscalYear=2025&program=FOOD&state=OPEN&sort=startsOn&page=2&size=50: the
 * search lives in the URL, to bookmark and share. What a hand-edited address gets wrong
 * falls back to its default; `page` is one-based, the API's zero-based.
 */
export const projectsSearchSchema = z.object({
  q: searchTextParam,
  fiscalYear: z.catch(z.optional(z.int().check(z.minimum(2000), z.maximum(2100))), undefined),
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
  state: z.catch(z.optional(z.enum(PROJECT_STATES)), undefined),
  sort: z.catch(z._default(z.enum(PROJECT_SORTS), DEFAULT_PROJECT_SORT), DEFAULT_PROJECT_SORT),
  page: pageParam,
  size: pageSizeParam,
});

export type ProjectsSearch = z.output<typeof projectsSearchSchema>;

/** True when the search narrows the list: an empty result then means "no match", not "none yet". */
export function hasProjectFilters(search: ProjectsSearch): boolean {
  return Boolean(search.q?.trim()) || search.fiscalYear !== undefined || search.program !== undefined || search.state !== undefined;
}

/** The API's query for this search: the title words folded as the server folds them, the page zero-based. */
export function toProjectListParams(search: ProjectsSearch): ProjectListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return {
    q: q || undefined,
    fiscalYear: search.fiscalYear,
    program: search.program,
    state: search.state,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}

/** The export's filters: the list's query without its page. */
export const toProjectExportParams: (params: ProjectListParams) => Omit<ProjectListParams, 'page' | 'size'> = withoutPaging;

/**
 * The fiscal years the filter offers: next year and the five before it, newest first, and a
 * year from the address outside them, so the select never shows a filter it does not list.
 */
export function fiscalYearChoices(current: number, chosen: number | undefined): number[] {
  const years = Array.from({ length: 6 }, (_, i) => current + 1 - i);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}
