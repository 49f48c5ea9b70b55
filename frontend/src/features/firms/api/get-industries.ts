import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { firmKeys } from './keys';

// GET /api/industries: reference data, changed by a migration at most.
export const industriesQueryOptions = () =>
  queryOptions({
    queryKey: firmKeys.industries,
    queryFn: async () => (await call(apiClient.GET('/api/industries'))).data,
    staleTime: 60 * 60_000,
  });

/** `enabled` is false until the user is known to be staff, so a buyer never asks (403). */
export function useIndustries(enabled = true) {
  return useQuery({ ...industriesQueryOptions(), enabled });
}
