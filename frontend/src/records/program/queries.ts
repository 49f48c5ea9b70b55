import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Program, ProgramCode } from '@/lib/api/types';
import { programKeys } from './keys';

export interface VersionedProgram {
  program: Program;
  /** Sent back as If-Match when saving. */
  etag: string;
}

// GET /api/programs: the catalogue in plan order, with every target. Home shows this year's
// targets from it, lists name a project's program by it.
export const programsQueryOptions = () =>
  queryOptions({
    queryKey: programKeys.list(),
    queryFn: async () => (await call(apiClient.GET('/api/programs'))).data,
  });

export function usePrograms() {
  return useQuery(programsQueryOptions());
}

// GET /api/programs/{code}
export const programQueryOptions = (code: ProgramCode) =>
  queryOptions({
    queryKey: programKeys.detail(code),
    queryFn: async (): Promise<VersionedProgram> => {
      const { data, response } = await call(apiClient.GET('/api/programs/{code}', { params: { path: { code } } }));
      return { program: data, etag: etagOf(response, data) };
    },
  });

export function useProgram(code: ProgramCode) {
  return useQuery(programQueryOptions(code));
}
