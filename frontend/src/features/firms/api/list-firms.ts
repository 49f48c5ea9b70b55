import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { firmKeys, type FirmListParams } from './keys';

// GET /api/firms: one page, searched, filtered and sorted by the server.
export const firmsQueryOptions = (params: FirmListParams) =>
  queryOptions({
    queryKey: firmKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/firms', { params: { query: params } }))).data,
  });

export function useFirms(params: FirmListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...firmsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
