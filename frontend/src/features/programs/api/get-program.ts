import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { programKeys } from '@/lib/api/programs';
import type { Program, ProgramCode } from '@/lib/api/types';

export interface VersionedProgram {
  program: Program;
  /** Sent back as If-Match when saving. */
  etag: string;
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
