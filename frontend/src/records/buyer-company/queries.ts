import { infiniteQueryOptions, keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { nextPageParam } from '@/lib/api/paging';
import type { BuyerCompany } from '@/lib/api/types';
import { buyerCompanyKeys, type BuyerCompanyListParams } from './keys';

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
    queryKey: buyerCompanyKeys.detail(id),
    queryFn: () => fetchBuyerCompany(id),
  });

export function useBuyerCompany(id: number, enabled = true) {
  return useQuery({ ...buyerCompanyQueryOptions(id), enabled });
}

// GET /api/buyer-companies: one page, searched, filtered and sorted by the server.
export const buyerCompaniesQueryOptions = (params: BuyerCompanyListParams) =>
  queryOptions({
    queryKey: buyerCompanyKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/buyer-companies', { params: { query: params } }))).data,
  });

/** `enabled` is false until the user is known to be staff, so a buyer never asks (403). */
export function useBuyerCompanies(params: BuyerCompanyListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...buyerCompaniesQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

// GET /api/buyer-companies page after page, for a "show more" list such as a picker.
export const buyerCompanyPagesQueryOptions = (params: Omit<BuyerCompanyListParams, 'page'>) =>
  infiniteQueryOptions({
    queryKey: buyerCompanyKeys.pages(params),
    queryFn: async ({ pageParam }) =>
      (await call(apiClient.GET('/api/buyer-companies', { params: { query: { ...params, page: pageParam } } }))).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
  });

// GET /api/buyer-companies/{id}/history: the company's and its contacts' changes, newest first (staff only).
export const buyerCompanyHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: buyerCompanyKeys.history(id),
    queryFn: async () =>
      (await call(apiClient.GET('/api/buyer-companies/{id}/history', { params: { path: { id } } }))).data,
  });

export function useBuyerCompanyHistory(id: number, enabled = true) {
  return useQuery({ ...buyerCompanyHistoryQueryOptions(id), enabled });
}

// GET /api/buyer-companies/{id}/contacts: by reading; a buyer reads its own company's only.
export async function fetchBuyerContacts(id: number) {
  return (await call(apiClient.GET('/api/buyer-companies/{id}/contacts', { params: { path: { id } } }))).data;
}

export const buyerContactsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: buyerCompanyKeys.contacts(id),
    queryFn: () => fetchBuyerContacts(id),
  });

export function useBuyerContacts(id: number, enabled = true) {
  return useQuery({ ...buyerContactsQueryOptions(id), enabled });
}
