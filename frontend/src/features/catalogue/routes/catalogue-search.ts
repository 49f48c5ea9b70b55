import * as z from 'zod/mini';
import { normalizeText } from '@/lib/japanese-text';
import { flagParam, pageParam, searchTextParam } from '@/lib/search-params';
import type { CatalogueProductParams } from '@/records/pick/keys';

export const CATALOGUE_PAGE_SIZE = 30;

export const CATALOGUE_SEARCH_DEFAULTS = { page: 1, picked: false, view: 'products' } as const;

/**
 * /catalogue?project=12&q=ｻﾝﾏ&picked=true&view=timetable: one project at a time, its search
 * and page in the URL, so the back button and a reload keep the buyer where it was.
 */
export const catalogueSearchSchema = z.object({
  project: z.catch(z.optional(z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))), undefined),
  q: searchTextParam,
  picked: flagParam,
  view: z.catch(z._default(z.enum(['products', 'timetable']), 'products'), 'products'),
  page: pageParam,
});

export type CatalogueSearch = z.output<typeof catalogueSearchSchema>;

/** The API's query: the text folded as the server folds it, the page zero-based. */
export function toCatalogueParams(search: CatalogueSearch): CatalogueProductParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return { q: q || undefined, picked: search.picked || undefined, page: search.page - 1, size: CATALOGUE_PAGE_SIZE };
}

/** The project shown: the one in the address if the buyer is invited to it, else the first. */
export function chosenProject(projectIds: readonly number[], wanted: number | undefined): number | undefined {
  if (wanted !== undefined && projectIds.includes(wanted)) return wanted;
  return projectIds[0];
}
