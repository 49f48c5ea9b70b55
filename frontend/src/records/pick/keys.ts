import type { paths } from '@/api/schema';

/** Query parameters of GET /api/catalogue/projects/{id}/products (page is zero-based). */
export type CatalogueProductParams = NonNullable<paths['/api/catalogue/projects/{id}/products']['get']['parameters']['query']>;

export const pickKeys = {
  all: ['picks'] as const,
  /** A buyer's catalogue of one project: the products, searched, with its own picks marked. */
  catalogue: (projectId: number, params: CatalogueProductParams) => [...pickKeys.all, 'catalogue', projectId, params] as const,
  catalogues: (projectId: number) => [...pickKeys.all, 'catalogue', projectId] as const,
  /** Every buyer's picks in a project (staff). */
  project: (projectId: number) => [...pickKeys.all, 'project', projectId] as const,
};
