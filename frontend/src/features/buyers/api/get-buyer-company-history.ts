import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { buyerKeys } from './keys';

// GET /api/buyer-companies/{id}/history: the company's and its contacts' changes, newest first (staff only).
export const buyerCompanyHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: buyerKeys.history(id),
    queryFn: async () =>
      (await call(apiClient.GET('/api/buyer-companies/{id}/history', { params: { path: { id } } }))).data,
  });

export function useBuyerCompanyHistory(id: number, enabled = true) {
  return useQuery({ ...buyerCompanyHistoryQueryOptions(id), enabled });
}
