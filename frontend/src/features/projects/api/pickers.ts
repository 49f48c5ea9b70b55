import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { buyerCompanyPagesQueryOptions } from '@/records/buyer-company/queries';
import { firmPagesQueryOptions } from '@/records/firm/queries';

// What a project's page picks from: firms and buyer companies by name, page by page
// ("show more"), archived ones included so they can be shown as such. A firm's products
// and a company's contacts are the records' own queries (useFirmProducts, useBuyerContacts).

export const PICK_PAGE_SIZE = 10;

/** `q` is the folded search text; blank lists every firm by reading. */
export function usePickFirms(q: string) {
  return useInfiniteQuery({
    ...firmPagesQueryOptions({ q: q || undefined, archived: true, sort: 'tradeNameKana', size: PICK_PAGE_SIZE }),
    // The previous results stay while the next search runs: no flicker between keystrokes.
    placeholderData: keepPreviousData,
  });
}

export function usePickBuyerCompanies(q: string) {
  return useInfiniteQuery({
    ...buyerCompanyPagesQueryOptions({ q: q || undefined, archived: true, sort: 'nameKana', size: PICK_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}
