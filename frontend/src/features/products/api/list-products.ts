import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { productListKeys, type ProductListParams } from './keys';

// GET /api/products: one page of every firm's products, searched and sorted by the server.
export const productsQueryOptions = (params: ProductListParams) =>
  queryOptions({
    queryKey: productListKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/products', { params: { query: params } }))).data,
  });

export function useProducts(params: ProductListParams, enabled = true) {
  // The previous page stays on screen while the next one loads: no flash of skeletons.
  return useQuery({ ...productsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
