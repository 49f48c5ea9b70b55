/**
 * Pieces of the zod schemas that read a list's search, filters, sort and page from the
 * URL. Anything a hand-edited address gets wrong falls back to its default instead of
 * failing the page. `page` is one-based in the URL, as people count; the API's is zero-based.
 */
import { z } from 'zod';

export const MAX_QUERY_LENGTH = 100;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** ?q=: TanStack Router reads ?q=123 as the number 123 and ?q=true as a boolean; a search text is still text. */
export const searchTextParam = z
  .preprocess(
    (value) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
    z.string().max(MAX_QUERY_LENGTH).optional(),
  )
  .catch(undefined);

/** A switch that is off unless the address says otherwise. */
export const flagParam = z.boolean().default(false).catch(false);

export const pageParam = z.number().int().min(1).max(100_000).default(1).catch(1);

export const pageSizeParam = z
  .number()
  .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
  .default(DEFAULT_PAGE_SIZE)
  .catch(DEFAULT_PAGE_SIZE);

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
