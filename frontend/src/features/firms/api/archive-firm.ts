import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { firmSaved } from '@/records/firm/invalidate';
import type { VersionedFirm } from '@/records/firm/queries';

// POST /api/firms/{id}/archive with If-Match.
export function useArchiveFirm(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string): Promise<VersionedFirm> => {
      const { data, response } = await call(
        apiClient.POST('/api/firms/{id}/archive', { params: { path: { id }, header: { 'If-Match': etag } } }),
      );
      return { firm: data, etag: etagOf(response, data) };
    },
    onSuccess: (archived) => firmSaved(queryClient, archived),
  });
}
