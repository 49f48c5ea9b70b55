import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from './client';

// GET /api/me: the signed-in user. Shared because the shell, home, account and the
// programs screens all decide what to show from its roles.
export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: async () => (await call(apiClient.GET('/api/me'))).data,
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
