import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { Advisor } from '@/lib/api/types';

export const advisorKeys = {
  all: ['advisors'] as const,
};

// GET /api/advisors: the Keycloak users with the advisor role; they change when staff change.
export const advisorsQueryOptions = () =>
  queryOptions({
    queryKey: advisorKeys.all,
    queryFn: async () => (await call(apiClient.GET('/api/advisors'))).data,
    staleTime: 10 * 60_000,
  });

/** `enabled` is false until the user is known to be staff, so a buyer never asks (403). */
export function useAdvisors(enabled = true) {
  return useQuery({ ...advisorsQueryOptions(), enabled });
}

/** An advisor's name; a subject no longer among the advisors reads as itself. */
export function advisorName(subject: string, advisors: readonly Advisor[] | undefined): string {
  return advisors?.find((a) => a.subject === subject)?.name ?? subject;
}
