import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Product } from '@/lib/api/types';
import { productKeys, type ProductListParams } from './keys';

export interface VersionedProduct {
  product: Product;
  /** Sent back as If-Match when saving or changing the photo. */
  etag: string;
}

// GET /api/products/{id}: the latest version, after a 412.
export async function fetchProduct(id: number): Promise<VersionedProduct> {
  const { data, response } = await call(apiClient.GET('/api/products/{id}', { params: { path: { id } } }));
  return { product: data, etag: etagOf(response, data) };
}

// GET /api/firms/{id}/products: by reading. The firm's page and the project's product choice share it.
export const firmProductsQueryOptions = (firmId: number) =>
  queryOptions({
    queryKey: productKeys.ofFirm(firmId),
    queryFn: async () => (await call(apiClient.GET('/api/firms/{id}/products', { params: { path: { id: firmId } } }))).data,
  });

export function useFirmProducts(firmId: number, enabled = true) {
  return useQuery({ ...firmProductsQueryOptions(firmId), enabled });
}

// GET /api/products: one page of every firm's products, searched and sorted by the server.
export const productsQueryOptions = (params: ProductListParams) =>
  queryOptions({
    queryKey: productKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/products', { params: { query: params } }))).data,
  });

export function useProducts(params: ProductListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...productsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
