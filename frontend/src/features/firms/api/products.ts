import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { putBinary } from '@/lib/api/binary';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Product, ProductInput } from '@/lib/api/types';
import { firmKeys } from './keys';

export interface VersionedProduct {
  product: Product;
  etag: string;
}

export const productKeys = {
  list: (firmId: number) => [...firmKeys.all, 'products', firmId] as const,
};

// GET /api/firms/{id}/products
export const firmProductsQueryOptions = (firmId: number) =>
  queryOptions({
    queryKey: productKeys.list(firmId),
    queryFn: async () => (await call(apiClient.GET('/api/firms/{id}/products', { params: { path: { id: firmId } } }))).data,
  });

export function useFirmProducts(firmId: number, enabled = true) {
  return useQuery({ ...firmProductsQueryOptions(firmId), enabled });
}

// GET /api/products/{id}: the latest version after a 412.
export async function fetchProduct(id: number): Promise<VersionedProduct> {
  const { data, response } = await call(apiClient.GET('/api/products/{id}', { params: { path: { id } } }));
  return { product: data, etag: etagOf(response, data) };
}

interface SaveVariables {
  /** Absent to add a product. */
  productId?: number;
  body: ProductInput;
  etag?: string;
}

// POST /api/firms/{id}/products, or PUT /api/products/{id} with If-Match.
export function useSaveProduct(firmId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ productId, body, etag }: SaveVariables): Promise<VersionedProduct> => {
      const { data, response } =
        productId === undefined
          ? await call(apiClient.POST('/api/firms/{id}/products', { params: { path: { id: firmId } }, body }))
          : await call(
              apiClient.PUT('/api/products/{id}', {
                params: { path: { id: productId }, header: { 'If-Match': etag ?? '' } },
                body,
              }),
            );
      return { product: data, etag: etagOf(response, data) };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productKeys.list(firmId) }),
  });
}

// PUT /api/products/{id}/photo with If-Match; the file itself is the body.
export function useUploadProductPhoto(firmId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ productId, file, etag }: { productId: number; file: File; etag: string }): Promise<VersionedProduct> => {
      const { data, response } = await putBinary<Product>(`/api/products/${productId}/photo`, file, etag);
      return { product: data, etag: etagOf(response, data) };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: productKeys.list(firmId) }),
  });
}
