import type { paths } from '@/api/schema';

/** Query parameters of GET /api/buyer-companies, as the API names them (page is zero-based). */
export type BuyerCompanyListParams = NonNullable<paths['/api/buyer-companies']['get']['parameters']['query']>;

export const buyerCompanyKeys = {
  all: ['buyer-companies'] as const,
  /** Every list of companies: the list's pages and the pickers' "show more" pages. */
  lists: () => [...buyerCompanyKeys.all, 'list'] as const,
  list: (params: BuyerCompanyListParams) => [...buyerCompanyKeys.lists(), params] as const,
  pages: (params: Omit<BuyerCompanyListParams, 'page'>) => [...buyerCompanyKeys.lists(), 'pages', params] as const,
  /** A company as staff read it, or a buyer its own (自社情報). */
  detail: (id: number) => [...buyerCompanyKeys.all, 'detail', id] as const,
  /** The company's and its contacts' changes. */
  history: (id: number) => [...buyerCompanyKeys.all, 'history', id] as const,
  contacts: (id: number) => [...buyerCompanyKeys.all, 'contacts', id] as const,
};
