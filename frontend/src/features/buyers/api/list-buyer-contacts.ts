import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { buyerKeys } from './keys';

// GET /api/buyer-companies/{id}/contacts: by reading; a buyer reads its own company's only.
export async function fetchBuyerContacts(id: number) {
  return (await call(apiClient.GET('/api/buyer-companies/{id}/contacts', { params: { path: { id } } }))).data;
}

export const buyerContactsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: buyerKeys.contacts(id),
    queryFn: () => fetchBuyerContacts(id),
  });

export function useBuyerContacts(id: number, enabled = true) {
  return useQuery({ ...buyerContactsQueryOptions(id), enabled });
}
