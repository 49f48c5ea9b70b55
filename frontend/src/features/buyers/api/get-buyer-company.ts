import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { BuyerCompany } from '@/lib/api/types';
import { buyerKeys } from './keys';

export interface VersionedBuyerCompany {
  company: BuyerCompany;
  /** Sent back as If-Match when saving or archiving. */
  etag: string;
}

// GET /api/buyer-companies/{id}: staff read any company, a buyer only its own (without notes).
export async function fetchBuyerCompany(id: number): Promise<VersionedBuyerCompany> {
  const { data, response } = await call(apiClient.GET('/api/buyer-companies/{id}', { params: { path: { id } } }));
  return { company: data, etag: etagOf(response, data) };
}

export const buyerCompanyQueryOptions = (id: number) =>
  queryOptions({
    queryKey: buyerKeys.detail(id),
    queryFn: () => fetchBuyerCompany(id),
  });

export function useBuyerCompany(id: number, enabled = true) {
  return useQuery({ ...buyerCompanyQueryOptions(id), enabled });
}
