import type { paths } from '@/api/schema';

/** Query parameters of GET /api/products, as the API names them (page is zero-based). */
export type ProductListParams = NonNullable<paths['/api/products']['get']['parameters']['query']>;

export const productKeys = {
  all: ['products'] as const,
  /** Every list of products: the product list's pages and each firm's products. */
  lists: () => [...productKeys.all, 'list'] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
  ofFirm: (firmId: number) => [...productKeys.lists(), 'of-firm', firmId] as const,
};
