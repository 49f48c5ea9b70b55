import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { BuyerContact } from '@/lib/api/types';
import { buyerContactsChanged } from '@/records/buyer-company/invalidate';

// DELETE /api/buyer-companies/{id}/contacts/{contactId}/login → the contact without its login.
// Keycloak disables the user and ends its sessions; the API refuses its tokens at once.
export function useRevokeBuyerLogin(companyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contactId: number): Promise<BuyerContact> =>
      (
        await call(
          apiClient.DELETE('/api/buyer-companies/{id}/contacts/{contactId}/login', {
            params: { path: { id: companyId, contactId } },
          }),
        )
      ).data,
    onSettled: () => buyerContactsChanged(queryClient, companyId),
  });
}
