export const pickKeys = {
  all: ['picks'] as const,
  /** A buyer's catalogue of one project: the products, searched, with its own picks marked. */
  catalogue: (projectId: number, q: string) => [...pickKeys.all, 'catalogue', projectId, q] as const,
  catalogues: (projectId: number) => [...pickKeys.all, 'catalogue', projectId] as const,
  /** Every buyer's picks in a project (staff). */
  project: (projectId: number) => [...pickKeys.all, 'project', projectId] as const,
};
