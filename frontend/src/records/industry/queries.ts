import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';

export const industryKeys = {
  all: ['industries'] as const,
};

// GET /api/industries: reference data, changed by a migration at most.
export const industriesQueryOptions = () =>
  queryOptions({
    queryKey: industryKeys.all,
    queryFn: async () => (await call(apiClient.GET('/api/industries'))).data,
    staleTime: 60 * 60_000,
  });

/** `enabled` is false until the user is known to be staff, so a buyer never asks (403). */
export function useIndustries(enabled = true) {
  return useQuery({ ...industriesQueryOptions(), enabled });
}
