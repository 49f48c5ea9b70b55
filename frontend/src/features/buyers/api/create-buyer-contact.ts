import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { BuyerContact, BuyerContactInput } from '@/lib/api/types';
import { buyerContactsChanged } from '@/records/buyer-company/invalidate';

// POST /api/buyer-companies/{id}/contacts → 201 with the new contact.
export function useCreateBuyerContact(companyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BuyerContactInput): Promise<BuyerContact> =>
      (await call(apiClient.POST('/api/buyer-companies/{id}/contacts', { params: { path: { id: companyId } }, body }))).data,
    onSuccess: () => buyerContactsChanged(queryClient, companyId),
  });
}
