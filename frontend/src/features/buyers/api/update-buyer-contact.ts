import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { BuyerContact, BuyerContactInput } from '@/lib/api/types';
import { buyerContactsChanged } from '@/records/buyer-company/invalidate';

interface Variables {
  contactId: number;
  body: BuyerContactInput;
  /** `"<version>"` of the contact as listed, or of the version being overwritten. */
  etag: string;
}

// PUT /api/buyer-companies/{id}/contacts/{contactId} with If-Match; 412 when someone saved in between.
export function useUpdateBuyerContact(companyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ contactId, body, etag }: Variables): Promise<BuyerContact> =>
      (
        await call(
          apiClient.PUT('/api/buyer-companies/{id}/contacts/{contactId}', {
            params: { path: { id: companyId, contactId }, header: { 'If-Match': etag } },
            body,
          }),
        )
      ).data,
    onSuccess: () => buyerContactsChanged(queryClient, companyId),
  });
}
