import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { buyerCompanySaved } from '@/records/buyer-company/invalidate';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';

// POST /api/buyer-companies/{id}/archive with If-Match.
export function useArchiveBuyerCompany(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string): Promise<VersionedBuyerCompany> => {
      const { data, response } = await call(
        apiClient.POST('/api/buyer-companies/{id}/archive', { params: { path: { id }, header: { 'If-Match': etag } } }),
      );
      return { company: data, etag: etagOf(response, data) };
    },
    onSuccess: (archived) => buyerCompanySaved(queryClient, archived),
  });
}
