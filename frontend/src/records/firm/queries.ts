import { infiniteQueryOptions, keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { nextPageParam } from '@/lib/api/paging';
import type { Firm } from '@/lib/api/types';
import { firmKeys, type FirmListParams } from './keys';

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

/**
 * A firm's trade name, for a screen that names the firm it is narrowed to. It reads the
 * firm itself (one cache entry with the firm's page), so an edit of the name shows here too.
 */
export function useFirmName(id: number | undefined) {
  return useQuery({
    ...firmQueryOptions(id ?? 0),
    select: (versioned) => versioned.firm.tradeName,
    enabled: id !== undefined,
    // An unknown or archived id is shown by its number; asking again will not change that.
    retry: false,
    // Saving the firm updates this entry; no need to ask again on every visit of the list.
    staleTime: 5 * 60_000,
  });
}

// GET /api/firms: one page, searched, filtered and sorted by the server.
export const firmsQueryOptions = (params: FirmListParams) =>
  queryOptions({
    queryKey: firmKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/firms', { params: { query: params } }))).data,
  });

export function useFirms(params: FirmListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...firmsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

// GET /api/firms page after page, for a "show more" list such as a picker.
export const firmPagesQueryOptions = (params: Omit<FirmListParams, 'page'>) =>
  infiniteQueryOptions({
    queryKey: firmKeys.pages(params),
    queryFn: async ({ pageParam }) =>
      (await call(apiClient.GET('/api/firms', { params: { query: { ...params, page: pageParam } } }))).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
  });

// GET /api/firms/{id}/history: newest first; a product's changes included.
export const firmHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: firmKeys.history(id),
    queryFn: async () => (await call(apiClient.GET('/api/firms/{id}/history', { params: { path: { id } } }))).data,
  });

export function useFirmHistory(id: number, enabled = true) {
  return useQuery({ ...firmHistoryQueryOptions(id), enabled });
}
