import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { nextPageParam } from '@/lib/api/paging';
import type { Project } from '@/lib/api/types';
import { projectKeys, type ProjectListParams, type ProjectRelation } from './keys';

export interface VersionedProject {
  project: Project;
  /** Every change to the project, its participants or invitations moves it on. */
  etag: string;
}

/** A project answer with the ETag to send back. */
export const versionedProject = ({ data, response }: { data: Project; response: Response }): VersionedProject => ({
  project: data,
  etag: etagOf(response, data),
});

// GET /api/projects/{id}
export async function fetchProject(id: number): Promise<VersionedProject> {
  return versionedProject(await call(apiClient.GET('/api/projects/{id}', { params: { path: { id } } })));
}

export const projectQueryOptions = (id: number) => queryOptions({ queryKey: projectKeys.detail(id), queryFn: () => fetchProject(id) });

export function useProject(id: number, enabled = true) {
  return useQuery({ ...projectQueryOptions(id), enabled });
}

// GET /api/projects: one page, searched, filtered and sorted by the server.
export const projectsQueryOptions = (params: ProjectListParams) =>
  queryOptions({
    queryKey: projectKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/projects', { params: { query: params } }))).data,
  });

export function useProjects(params: ProjectListParams, enabled = true) {
  return useQuery({ ...projectsQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

const RELATED_PAGE_SIZE = 20;

// GET /api/projects?firmId= or ?buyerCompanyId=, newest fiscal year first, page after page:
// the projects on a firm's or buyer company's page.
export const relatedProjectsQueryOptions = (relation: ProjectRelation) =>
  infiniteQueryOptions({
    queryKey: projectKeys.related(relation),
    queryFn: async ({ pageParam }) =>
      (
        await call(
          apiClient.GET('/api/projects', {
            params: { query: { ...relation, sort: '-fiscalYear', page: pageParam, size: RELATED_PAGE_SIZE } },
          }),
        )
      ).data,
    initialPageParam: 0,
    getNextPageParam: nextPageParam,
  });

export function useRelatedProjects(relation: ProjectRelation, enabled = true) {
  return useInfiniteQuery({ ...relatedProjectsQueryOptions(relation), enabled });
}

// GET /api/projects/{id}/history: newest first.
export const projectHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: projectKeys.history(id),
    queryFn: async () => (await call(apiClient.GET('/api/projects/{id}/history', { params: { path: { id } } }))).data,
  });

export function useProjectHistory(id: number, enabled = true) {
  return useQuery({ ...projectHistoryQueryOptions(id), enabled });
}

// GET /api/catalogue/projects: what a buyer's company is invited to (buyers only).
export const catalogueProjectsQueryOptions = () =>
  queryOptions({
    queryKey: projectKeys.catalogue(),
    queryFn: async () => (await call(apiClient.GET('/api/catalogue/projects'))).data,
  });
