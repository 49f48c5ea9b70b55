import type { paths } from '@/api/schema';

/** Query parameters of GET /api/projects, as the API names them (page is zero-based). */
export type ProjectListParams = NonNullable<paths['/api/projects']['get']['parameters']['query']>;

/** A firm's projects (it takes part) or a buyer company's (it is invited). */
export type ProjectRelation = { firmId: number } | { buyerCompanyId: number };

export const projectKeys = {
  all: ['projects'] as const,
  /** Every list of projects: the project list and a firm's or company's projects. */
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (params: ProjectListParams) => [...projectKeys.lists(), params] as const,
  related: (relation: ProjectRelation) => [...projectKeys.lists(), 'related', relation] as const,
  /** Every project page: each names its participants, their products and the invited companies. */
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (id: number) => [...projectKeys.details(), id] as const,
  history: (id: number) => [...projectKeys.all, 'history', id] as const,
  /** A buyer's 出展カタログ: its invited projects with their exhibitors and products. */
  catalogue: () => [...projectKeys.all, 'catalogue'] as const,
};
