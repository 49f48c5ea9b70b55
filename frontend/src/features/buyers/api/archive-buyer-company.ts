import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { VersionedBuyerCompany } from './get-buyer-company';
import { buyerKeys } from './keys';

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
    onSuccess: async (archived) => {
      queryClient.setQueryData(buyerKeys.detail(id), archived);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: buyerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: buyerKeys.history(id) }),
      ]);
    },
  });
}
