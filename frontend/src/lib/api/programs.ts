import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgramCode } from './types';
import { apiClient, call } from './client';

export const programKeys = {
  all: ['programs'] as const,
  list: () => [...programKeys.all, 'list'] as const,
  detail: (code: ProgramCode) => [...programKeys.all, 'detail', code] as const,
};

// GET /api/programs: the catalogue in plan order. Shared because home shows this
// year's targets from it and the programs area shows the whole table.
export const programsQueryOptions = () =>
  queryOptions({
    queryKey: programKeys.list(),
    queryFn: async () => (await call(apiClient.GET('/api/programs'))).data,
  });

export function usePrograms() {
  return useQuery(programsQueryOptions());
}
