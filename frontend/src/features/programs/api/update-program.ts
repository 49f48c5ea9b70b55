import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { ProgramCode, ProgramUpdate } from '@/lib/api/types';
import { programSaved } from '@/records/program/invalidate';
import type { VersionedProgram } from '@/records/program/queries';

interface Variables {
  body: ProgramUpdate;
  /** The ETag of the version the form was filled from. */
  etag: string;
}

// PUT /api/programs/{code} with If-Match; 412 when someone saved in between.
export function useUpdateProgram(code: ProgramCode) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: Variables): Promise<VersionedProgram> => {
      const { data, response } = await call(
        apiClient.PUT('/api/programs/{code}', {
          params: { path: { code }, header: { 'If-Match': etag } },
          body,
        }),
      );
      return { program: data, etag: etagOf(response, data) };
    },
    onSuccess: (saved) => programSaved(queryClient, saved),
  });
}
