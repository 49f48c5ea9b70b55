import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { firmKeys } from './keys';

// GET /api/firms/{id}/history: newest first.
export const firmHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: firmKeys.history(id),
    queryFn: async () => (await call(apiClient.GET('/api/firms/{id}/history', { params: { path: { id } } }))).data,
  });

export function useFirmHistory(id: number, enabled = true) {
  return useQuery({ ...firmHistoryQueryOptions(id), enabled });
}
