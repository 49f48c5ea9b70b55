import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { nextPageParam } from '@/lib/api/paging';

// What a project's page picks from: firms and buyer companies by name, page by page
// ("show more"), archived ones included so they can be shown as such; a firm's products
// and a company's contacts. The projects area asks the API itself: areas do not import
// each other.

export const PICK_PAGE_SIZE = 10;

const pickerKeys = {
  firms: (q: string) => ['projects', 'pick', 'firms', q] as const,
  buyerCompanies: (q: string) => ['projects', 'pick', 'buyer-companies', q] as const,
  products: (firmId: number) => ['projects', 'pick', 'products', firmId] as const,
  contacts: (companyId: number) => ['projects', 'pick', 'contacts', companyId] as const,
};

/** `q` is the folded search text; blank lists every firm by reading. */
export function usePickFirms(q: string) {
  return useInfiniteQuery({
    queryKey: pickerKeys.firms(q),
    queryFn: async ({ pageParam }) =>
      (
        await call(
          apiClient.GET('/api/firms', {
            params: { query: { q: q || undefined, archived: true, sort: 'tradeNameKana', page: pageParam, size: PICK_PAGE_SIZE } },
          }),
        )
      ).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
    // The previous results stay while the next search runs: no flicker between keystrokes.
    placeholderData: keepPreviousData,
  });
}

export function usePickBuyerCompanies(q: string) {
  return useInfiniteQuery({
    queryKey: pickerKeys.buyerCompanies(q),
    queryFn: async ({ pageParam }) =>
      (
        await call(
          apiClient.GET('/api/buyer-companies', {
            params: { query: { q: q || undefined, archived: true, sort: 'nameKana', page: pageParam, size: PICK_PAGE_SIZE } },
          }),
        )
      ).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
    placeholderData: keepPreviousData,
  });
}

// GET /api/firms/{id}/products
export function useProductsOfFirm(firmId: number) {
  return useQuery({
    queryKey: pickerKeys.products(firmId),
    queryFn: async () => (await call(apiClient.GET('/api/firms/{id}/products', { params: { path: { id: firmId } } }))).data,
  });
}

// GET /api/buyer-companies/{id}/contacts
export function useContactsOfCompany(companyId: number) {
  return useQuery({
    queryKey: pickerKeys.contacts(companyId),
    queryFn: async () =>
      (await call(apiClient.GET('/api/buyer-companies/{id}/contacts', { params: { path: { id: companyId } } }))).data,
  });
}
