import type { paths } from '@/api/schema';

/** Query parameters of GET /api/products, as the API names them (page is zero-based). */
export type ProductListParams = NonNullable<paths['/api/products']['get']['parameters']['query']>;

export const productListKeys = {
  all: ['products'] as const,
  lists: () => [...productListKeys.all, 'list'] as const,
  list: (params: ProductListParams) => [...productListKeys.lists(), params] as const,
  /** The name of the firm the list is narrowed to. */
  firmName: (firmId: number) => [...productListKeys.all, 'firm-name', firmId] as const,
};
