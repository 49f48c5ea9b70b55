import * as z from 'zod/mini';
import { PRODUCT_SORTS } from '@/lib/api/enums';
import type { ProductSort } from '@/lib/api/types';
import { normalizeText } from '@/lib/japanese-text';
import { DEFAULT_PAGE_SIZE, pageParam, pageSizeParam, searchTextParam, withoutPaging } from '@/lib/search-params';
import type { ProductListParams } from '@/records/product/keys';

export const DEFAULT_PRODUCT_SORT: ProductSort = 'nameKana';

/** Values that equal these are left out of the address (see the route's stripSearchParams). */
export const PRODUCTS_SEARCH_DEFAULTS = {
  sort: DEFAULT_PRODUCT_SORT,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
} as const;

/**
 * /products?q=かまぼこ&firmId=12&hasPhoto=true&sort=-priceYen&page=2&size=50: the search
 * lives in the URL, to bookmark and share, and a firm's page can link to its products.
 * What a hand-edited address gets wrong falls back to its default; `page` is one-based,
 * the API's zero-based.
 */
export const productsSearchSchema = z.object({
  q: searchTextParam,
  firmId: z.catch(z.optional(z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))), undefined),
  hasPhoto: z.catch(z.optional(z.boolean()), undefined),
  sort: z.catch(z._default(z.enum(PRODUCT_SORTS), DEFAULT_PRODUCT_SORT), DEFAULT_PRODUCT_SORT),
  page: pageParam,
  size: pageSizeParam,
});

export type ProductsSearch = z.output<typeof productsSearchSchema>;

/** True when the search narrows the list: an empty result then means "no match", not "none yet". */
export function hasFilters(search: ProductsSearch): boolean {
  return Boolean(search.q?.trim()) || search.firmId !== undefined || search.hasPhoto !== undefined;
}

/** The API's query for this search. */
export function toListParams(search: ProductsSearch): ProductListParams {
  const q = search.q === undefined ? '' : normalizeText(search.q);
  return {
    q: q || undefined,
    firmId: search.firmId,
    hasPhoto: search.hasPhoto,
    sort: search.sort,
    page: search.page - 1,
    size: search.size,
  };
}

/** The export's filters: the list's query without its page. */
export const toExportParams = (params: ProductListParams) => withoutPaging(params);
