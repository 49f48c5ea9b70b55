import type { paths } from '@/api/schema';

/** Query parameters of GET /api/firms, as the API names them (page is zero-based). */
export type FirmListParams = NonNullable<paths['/api/firms']['get']['parameters']['query']>;

export const firmKeys = {
  all: ['firms'] as const,
  lists: () => [...firmKeys.all, 'list'] as const,
  list: (params: FirmListParams) => [...firmKeys.lists(), params] as const,
  detail: (id: number) => [...firmKeys.all, 'detail', id] as const,
  history: (id: number) => [...firmKeys.all, 'history', id] as const,
  industries: ['industries'] as const,
  advisors: ['advisors'] as const,
};
