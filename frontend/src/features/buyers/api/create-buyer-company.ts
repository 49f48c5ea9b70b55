import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { BuyerCompanyInput } from '@/lib/api/types';
import { buyerCompanySaved } from '@/records/buyer-company/invalidate';
import type { VersionedBuyerCompany } from '@/records/buyer-company/queries';

// POST /api/buyer-companies → 201 with the company, its ETag and Location.
export function useCreateBuyerCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BuyerCompanyInput): Promise<VersionedBuyerCompany> => {
      const { data, response } = await call(apiClient.POST('/api/buyer-companies', { body }));
      return { company: data, etag: etagOf(response, data) };
    },
    onSuccess: (created) => buyerCompanySaved(queryClient, created),
  });
}
