import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient, call } from './client';
import { nextPageParam } from './paging';

/**
 * The prefix of every query of project lists. The projects area invalidates it after any
 * change, so a firm's or company's projects here refresh with the project list itself.
 */
export const PROJECT_LISTS_KEY = ['projects', 'list'] as const;

/** A firm's projects (it takes part) or a buyer company's (it is invited). */
export type ProjectRelation = { firmId: number } | { buyerCompanyId: number };

const PAGE_SIZE = 20;

// GET /api/projects?firmId= or ?buyerCompanyId=: shared because the firm's page and the
// buyer company's page both list their projects, and areas do not import each other.
export function useRelatedProjects(relation: ProjectRelation, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...PROJECT_LISTS_KEY, 'related', relation],
    queryFn: async ({ pageParam }) =>
      (
        await call(
          apiClient.GET('/api/projects', { params: { query: { ...relation, sort: '-fiscalYear', page: pageParam, size: PAGE_SIZE } } }),
        )
      ).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
    enabled,
  });
}
