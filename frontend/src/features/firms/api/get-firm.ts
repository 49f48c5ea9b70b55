import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Firm } from '@/lib/api/types';
import { firmKeys } from './keys';

export interface VersionedFirm {
  firm: Firm;
  /** Sent back as If-Match when saving or archiving. */
  etag: string;
}

// GET /api/firms/{id}
export async function fetchFirm(id: number): Promise<VersionedFirm> {
  const { data, response } = await call(apiClient.GET('/api/firms/{id}', { params: { path: { id } } }));
  return { firm: data, etag: etagOf(response, data) };
}

export const firmQueryOptions = (id: number) =>
  queryOptions({
    queryKey: firmKeys.detail(id),
    queryFn: () => fetchFirm(id),
  });

export function useFirm(id: number, enabled = true) {
  return useQuery({ ...firmQueryOptions(id), enabled });
}
