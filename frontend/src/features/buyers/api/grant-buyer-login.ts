import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { LoginGrant } from '@/lib/api/types';
import { buyerContactsChanged } from '@/records/buyer-company/invalidate';

// POST /api/buyer-companies/{id}/contacts/{contactId}/login → 201 with the user name and
// its temporary password, answered this once only.
export function useGrantBuyerLogin(companyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contactId: number): Promise<LoginGrant> =>
      (
        await call(
          apiClient.POST('/api/buyer-companies/{id}/contacts/{contactId}/login', {
            params: { path: { id: companyId, contactId } },
          }),
        )
      ).data,
    onSettled: () => buyerContactsChanged(queryClient, companyId),
  });
}
