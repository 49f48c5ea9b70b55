import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putBinary } from '@/lib/api/binary';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Product, ProductInput } from '@/lib/api/types';
import { productSaved } from '@/records/product/invalidate';
import type { VersionedProduct } from '@/records/product/queries';

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
    onSuccess: () => productSaved(queryClient, firmId),
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
    onSettled: () => productSaved(queryClient, firmId),
  });
}
