import type { paths } from '@/api/schema';

/** Query parameters of GET /api/buyer-companies, as the API names them (page is zero-based). */
export type BuyerCompanyListParams = NonNullable<paths['/api/buyer-companies']['get']['parameters']['query']>;

export const buyerKeys = {
  all: ['buyer-companies'] as const,
  lists: () => [...buyerKeys.all, 'list'] as const,
  list: (params: BuyerCompanyListParams) => [...buyerKeys.lists(), params] as const,
  detail: (id: number) => [...buyerKeys.all, 'detail', id] as const,
  history: (id: number) => [...buyerKeys.all, 'history', id] as const,
  contacts: (id: number) => [...buyerKeys.all, 'contacts', id] as const,
};
