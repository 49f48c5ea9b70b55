import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { pickKeys, type CatalogueProductParams } from './keys';

// GET /api/catalogue/projects/{id}/products?q=: the server folds width and kana.
export const catalogueProductsQueryOptions = (projectId: number, params: CatalogueProductParams) =>
  queryOptions({
    queryKey: pickKeys.catalogue(projectId, params),
    queryFn: async () =>
      (await call(apiClient.GET('/api/catalogue/projects/{id}/products', { params: { path: { id: projectId }, query: params } }))).data,
  });

export function useCatalogueProducts(projectId: number | undefined, params: CatalogueProductParams) {
  return useQuery({
    ...catalogueProductsQueryOptions(projectId ?? 0, params),
    enabled: projectId !== undefined,
    placeholderData: keepPreviousData,
  });
}

// GET /api/projects/{id}/picks: every buyer's picks (staff).
export const projectPicksQueryOptions = (projectId: number) =>
  queryOptions({
    queryKey: pickKeys.project(projectId),
    queryFn: async () => (await call(apiClient.GET('/api/projects/{id}/picks', { params: { path: { id: projectId } } }))).data,
  });

export function useProjectPicks(projectId: number, enabled = true) {
  return useQuery({ ...projectPicksQueryOptions(projectId), enabled });
}
