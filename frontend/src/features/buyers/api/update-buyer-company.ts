import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { BuyerCompanyInput } from '@/lib/api/types';
import { buyerCompanySaved } from '@/records/buyer-company/invalidate';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';

interface Variables {
  body: BuyerCompanyInput;
  /** The ETag of the version the form was filled from, or of the version being overwritten. */
  etag: string;
}

// PUT /api/buyer-companies/{id} with If-Match; 412 when someone saved in between.
export function useUpdateBuyerCompany(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: Variables): Promise<VersionedBuyerCompany> => {
      const { data, response } = await call(
        apiClient.PUT('/api/buyer-companies/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      );
      return { company: data, etag: etagOf(response, data) };
    },
    onSuccess: (saved) => buyerCompanySaved(queryClient, saved),
  });
}
