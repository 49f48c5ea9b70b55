import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { buyerKeys, type BuyerCompanyListParams } from './keys';

// GET /api/buyer-companies: one page, searched, filtered and sorted by the server.
export const buyerCompaniesQueryOptions = (params: BuyerCompanyListParams) =>
  queryOptions({
    queryKey: buyerKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/buyer-companies', { params: { query: params } }))).data,
  });

/** `enabled` is false until the user is known to be staff, so a buyer never asks (403). */
export function useBuyerCompanies(params: BuyerCompanyListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...buyerCompaniesQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
