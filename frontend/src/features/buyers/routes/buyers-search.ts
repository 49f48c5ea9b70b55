import * as z from 'zod/mini';
import { BUYER_COMPANY_SORTS, BUYER_TYPES, REGIONS } from '@/lib/api/enums';
import type { BuyerCompanySort } from '@/lib/api/types';
import { normalizeText } from '@/lib/japanese-text';
import { DEFAULT_PAGE_SIZE, flagParam, pageParam, pageSizeParam, searchTextParam, withoutPaging } from '@/lib/search-params';
import type { BuyerCompanyListParams } from '@/records/buyer-company/keys';

export const DEFAULT_BUYER_SORT: BuyerCompanySort = 'nameKana';

/** Values that equal these are left out of the address (see the route's stripSearchParams). */
export const BUYERS_SEARCH_DEFAULTS = {
  sort: DEFAULT_BUYER_SORT,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  archived: false,
} as const;

/**
 * /buyers?q=まるいち&type=SUPERMARKET&region=TOKYO_AREA&archived=true&sort=-updatedAt&page=2&size=50:
 * the search lives in the URL, to bookmark and share. What a hand-edited address gets
 * wrong falls back to its default; `page` is one-based, the API's zero-based.
 */
export const buyersSearchSchema = z.object({
  q: searchTextParam,
  type: z.catch(z.optional(z.enum(BUYER_TYPES)), undefined),
  region: z.catch(z.optional(z.enum(REGIONS)), undefined),
  /** Archived companies too. */
  archived: flagParam,
  sort: z.catch(z._default(z.enum(BUYER_COMPANY_SORTS), DEFAULT_BUYER_SORT), DEFAULT_BUYER_SORT),
  page: pageParam,
  size: pageSizeParam,
});

export type BuyersSearch = z.output<typeof buyersSearchSchema>;

/** True when the search narrows the list: an empty result then means "no match", not "none yet". */
export function hasFilters(search: BuyersSearch): boolean {
  return Boolean(search.q?.trim()) || search.type !== undefined || search.region !== undefined || search.archived;
}

/** The API's query for this search: the text folded as the server folds it, the page zero-based. */
export function toListParams(search: BuyersSearch): BuyerCompanyListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return {
    q: q || undefined,
    type: search.type,
    region: search.region,
    archived: search.archived || undefined,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}

/** The export's filters: the list's query without its page. */
export const toExportParams: (params: BuyerCompanyListParams) => Omit<BuyerCompanyListParams, 'page' | 'size'> = withoutPaging;
