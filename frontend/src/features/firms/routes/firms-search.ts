import * as z from 'zod/mini';
import { FIRM_SORTS } from '@/lib/api/enums';
import type { FirmSort } from '@/lib/api/types';
import { normalizeText } from '@/lib/japanese-text';
import {
  DEFAULT_PAGE_SIZE,
  flagParam,
  PAGE_SIZES,
  pageParam,
  pageSizeParam,
  searchTextParam,
  withoutPaging,
} from '@/lib/search-params';
import type { FirmListParams } from '@/records/firm/keys';

export const FIRM_PAGE_SIZES = PAGE_SIZES;
export const DEFAULT_FIRM_SORT: FirmSort = 'tradeNameKana';
export const DEFAULT_FIRM_PAGE_SIZE = DEFAULT_PAGE_SIZE;

/** Values that equal these are left out of the address (see the route's stripSearchParams). */
export const FIRMS_SEARCH_DEFAULTS = {
  sort: DEFAULT_FIRM_SORT,
  page: 1,
  size: DEFAULT_FIRM_PAGE_SIZE,
  mine: false,
  archived: false,
} as const;

/**
 * /firms?q=いわき&industry=E&member=true&advisor=<subject>&mine=true&archived=true&sort=-updatedAt&page=2&size=50:
 * every filter lives in the URL so a search can be bookmarked and shared. Anything a
 * hand-edited address gets wrong falls back to its default instead of failing the page.
 * `page` is one-based here, as people count; the API's is zero-based.
 */
export const firmsSearchSchema = z.object({
  q: searchTextParam,
  industry: z.catch(z.optional(z.string().check(z.regex(/^[A-Z]{1,2}$/))), undefined),
  member: z.catch(z.optional(z.boolean()), undefined),
  /** The assigned advisor's subject (coordinators and admins choose one). */
  advisor: z.catch(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))), undefined),
  /** Only the firms assigned to me (advisors). */
  mine: flagParam,
  archived: flagParam,
  sort: z.catch(z._default(z.enum(FIRM_SORTS), DEFAULT_FIRM_SORT), DEFAULT_FIRM_SORT),
  page: pageParam,
  size: pageSizeParam,
});

export type FirmsSearch = z.output<typeof firmsSearchSchema>;

/** True when the search narrows the list: an empty result then means "no match", not "none yet". */
export function hasFilters(search: FirmsSearch): boolean {
  return (
    Boolean(search.q?.trim()) ||
    search.industry !== undefined ||
    search.member !== undefined ||
    search.advisor !== undefined ||
    search.mine ||
    search.archived
  );
}

/** Who is looking, as far as the advisor filter depends on it. */
export interface FirmListViewer {
  /** The signed-in advisor's own subject, for `mine`. */
  ownSubject?: string;
  /** Coordinators and admins filter by any advisor; others never by one they cannot see chosen. */
  choosesAdvisor: boolean;
}

/** The API's query for this search, as the viewer may ask it. */
export function toListParams(search: FirmsSearch, viewer: FirmListViewer): FirmListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  const advisor = search.mine && viewer.ownSubject ? viewer.ownSubject : viewer.choosesAdvisor ? search.advisor : undefined;
  return {
    q: q || undefined,
    industry: search.industry,
    member: search.member,
    advisor,
    archived: search.archived || undefined,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}

/** The export's filters: the list's query without its page. */
export const toExportParams: (params: FirmListParams) => Omit<FirmListParams, 'page' | 'size'> = withoutPaging;
