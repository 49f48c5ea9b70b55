import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { FirmInput } from '@/lib/api/types';
import { firmSaved } from '@/records/firm/invalidate';
import type { VersionedFirm } from '@/records/firm/queries';

interface Variables {
  body: FirmInput;
  /** The ETag of the version the form was filled from, or of the version being overwritten. */
  etag: string;
}

// PUT /api/firms/{id} with If-Match; 412 when someone saved in between.
export function useUpdateFirm(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: Variables): Promise<VersionedFirm> => {
      const { data, response } = await call(
        apiClient.PUT('/api/firms/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      );
      return { firm: data, etag: etagOf(response, data) };
    },
    onSuccess: (saved) => firmSaved(queryClient, saved),
  });
}
