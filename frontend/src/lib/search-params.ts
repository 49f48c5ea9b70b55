/**
 * Pieces of the zod schemas that read a list's search, filters, sort and page from the
 * URL. Anything a hand-edited address gets wrong falls back to its default instead of
 * failing the page. `page` is one-based in the URL, as people count; the API's is zero-based.
 *
 * The router needs these schemas before any page loads, so they use zod/mini (functions
 * that tree-shake, 7 kB) rather than zod's chained API (24 kB), which only the forms use.
 */
import * as z from 'zod/mini';

export const MAX_QUERY_LENGTH = 100;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** ?q=: TanStack Router reads ?q=123 as the number 123 and ?q=true as a boolean; a search text is still text. */
export const searchTextParam = z.catch(
  z.optional(
    z.pipe(
      z.transform((value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value)),
      z.optional(z.string().check(z.maxLength(MAX_QUERY_LENGTH))),
    ),
  ),
  undefined,
);

/** A switch that is off unless the address says otherwise. */
export const flagParam = z.catch(z._default(z.boolean(), false), false);

export const pageParam = z.catch(z._default(z.int().check(z.minimum(1), z.maximum(100_000)), 1), 1);

export const pageSizeParam = z.catch(
  z._default(z.number().check(z.refine((size) => (PAGE_SIZES as readonly number[]).includes(size))), DEFAULT_PAGE_SIZE),
  DEFAULT_PAGE_SIZE,
);

/** The export's filters: a list's query without its page. */
export function withoutPaging<T extends { page?: number; size?: number }>(params: T): Omit<T, 'page' | 'size'> {
  const filters = { ...params };
  delete filters.page;
  delete filters.size;
  return filters;
}

/** `aria-sort` of a column header, for a sort written `column` (ascending) or `-column` (descending). */
export function ariaSort<Sort extends string>(column: Exclude<Sort, `-${string}`>, sort: Sort): 'ascending' | 'descending' | undefined {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return undefined;
}
