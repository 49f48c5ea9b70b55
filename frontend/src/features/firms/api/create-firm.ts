import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { FirmInput } from '@/lib/api/types';
import { firmSaved } from '@/records/firm/invalidate';
import type { VersionedFirm } from '@/records/firm/queries';

// POST /api/firms → 201 with the firm, its ETag and Location.
export function useCreateFirm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: FirmInput): Promise<VersionedFirm> => {
      const { data, response } = await call(apiClient.POST('/api/firms', { body }));
      return { firm: data, etag: etagOf(response, data) };
    },
    onSuccess: (created) => firmSaved(queryClient, created),
  });
}
