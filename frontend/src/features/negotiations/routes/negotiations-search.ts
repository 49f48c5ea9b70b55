import * as z from 'zod/mini';
import { NEGOTIATION_SORTS, NEGOTIATION_STAGES, PROGRAM_CODES } from '@/lib/api/enums';
import type { NegotiationSort, NegotiationStage } from '@/lib/api/types';
import { normalizeText } from '@/lib/japanese-text';
import { DEFAULT_PAGE_SIZE, flagParam, pageParam, pageSizeParam, searchTextParam, withoutPaging } from '@/lib/search-params';
import type { NegotiationBoardParams, NegotiationListParams } from '@/records/negotiation/keys';

export const DEFAULT_NEGOTIATION_SORT: NegotiationSort = '-updatedAt';

/** Values that equal these are left out of the address (see the routes' stripSearchParams). */
export const NEGOTIATIONS_SEARCH_DEFAULTS = {
  sort: DEFAULT_NEGOTIATION_SORT,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  mine: false,
  unassigned: false,
} as const;

const recordId = z.catch(z.optional(z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))), undefined);

/** ?stage=MET or ?stage=MET&stage=CONTINUING (the router reads one value as a string, several as an array); unknown stages dropped. */
const stagesParam = z.catch(
  z.optional(
    z.pipe(
      z.transform((value: unknown) => {
        const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
        const stages = NEGOTIATION_STAGES.filter((stage) => list.includes(stage));
        return stages.length > 0 ? stages : undefined;
      }),
      z.optional(z.array(z.enum(NEGOTIATION_STAGES))),
    ),
  ),
  undefined,
);

/**
 * /negotiations and /negotiations/board: the same filters, in the URL so a view can be
 * bookmarked and shared (?program=FOOD&fiscalYear=2025&advisor=<subject>&firmId=7&stage=MET).
 * What a hand-edited address gets wrong falls back to its default instead of failing the page.
 * `page` is one-based here, as people count; the API's is zero-based.
 */
export const negotiationsSearchSchema = z.object({
  q: searchTextParam,
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
  fiscalYear: z.catch(z.optional(z.int().check(z.minimum(2000), z.maximum(2100))), undefined),
  /** The owner's subject (anyone may filter by any advisor: advisors read every negotiation). */
  advisor: z.catch(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))), undefined),
  /** Only mine (an advisor's shortcut for advisor=<own subject>). */
  mine: flagParam,
  /** Only those nobody owns yet. */
  unassigned: flagParam,
  firmId: recordId,
  buyerCompanyId: recordId,
  stage: stagesParam,
  open: z.catch(z.optional(z.boolean()), undefined),
  newTradingPartner: z.catch(z.optional(z.boolean()), undefined),
  sort: z.catch(z._default(z.enum(NEGOTIATION_SORTS), DEFAULT_NEGOTIATION_SORT), DEFAULT_NEGOTIATION_SORT),
  page: pageParam,
  size: pageSizeParam,
});

export type NegotiationsSearch = z.output<typeof negotiationsSearchSchema>;

/** The filters (not sort or page) that narrow what is shown. */
export function hasFilters(search: NegotiationsSearch): boolean {
  return (
    Boolean(search.q?.trim()) ||
    search.program !== undefined ||
    search.fiscalYear !== undefined ||
    search.advisor !== undefined ||
    search.mine ||
    search.unassigned ||
    search.firmId !== undefined ||
    search.buyerCompanyId !== undefined ||
    search.stage !== undefined ||
    search.open !== undefined ||
    search.newTradingPartner !== undefined
  );
}

/** The search without any filter: the same sort and page size. */
export function withoutFilters(search: NegotiationsSearch): Pick<NegotiationsSearch, 'sort' | 'size'> {
  return { sort: search.sort, size: search.size };
}

type Filters = Omit<NegotiationListParams, 'page' | 'size'>;

/** The API's filters for this search; `ownSubject` is the signed-in advisor's, for `mine`. */
function toFilters(search: NegotiationsSearch, ownSubject: string | undefined): Filters {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  const advisor = search.mine && ownSubject ? ownSubject : search.advisor;
  return {
    q: q || undefined,
    program: search.program,
    fiscalYear: search.fiscalYear,
    advisor: search.unassigned ? undefined : advisor,
    unassigned: search.unassigned || undefined,
    firmId: search.firmId,
    buyerCompanyId: search.buyerCompanyId,
    stage: search.stage,
    open: search.open,
    newTradingPartner: search.newTradingPartner,
    sort: search.sort,
  };
}

export function toListParams(search: NegotiationsSearch, ownSubject: string | undefined): NegotiationListParams {
  return { ...toFilters(search, ownSubject), page: search.page - 1, size: search.size };
}

/** Cards shown per column; more of one column is the list with that stage. */
export const BOARD_COLUMN_LIMIT = 20;

export function toBoardParams(search: NegotiationsSearch, ownSubject: string | undefined): NegotiationBoardParams {
  return { ...toFilters(search, ownSubject), limit: BOARD_COLUMN_LIMIT };
}

/** The export's filters: the list's query without its page. */
export const toExportParams = (params: NegotiationListParams): Filters => withoutPaging(params);

/** The stages the board shows: those filtered for, else all seven. */
export function boardStages(search: NegotiationsSearch): readonly NegotiationStage[] {
  return search.stage ?? NEGOTIATION_STAGES;
}
