import type { paths } from '@/api/schema';

/** Query parameters of GET /api/firms, as the API names them (page is zero-based). */
export type FirmListParams = NonNullable<paths['/api/firms']['get']['parameters']['query']>;

/** Every query that reads firms starts with `firmKeys.all`; invalidate a prefix to refresh a family. */
export const firmKeys = {
  all: ['firms'] as const,
  /** Every list of firms: the firm list's pages and the pickers' "show more" pages. */
  lists: () => [...firmKeys.all, 'list'] as const,
  list: (params: FirmListParams) => [...firmKeys.lists(), params] as const,
  pages: (params: Omit<FirmListParams, 'page'>) => [...firmKeys.lists(), 'pages', params] as const,
  detail: (id: number) => [...firmKeys.all, 'detail', id] as const,
  /** 変更履歴 of every firm; a product's changes are written there too. */
  histories: () => [...firmKeys.all, 'history'] as const,
  history: (id: number) => [...firmKeys.histories(), id] as const,
};
