import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import type { Project, ProjectInput, ProjectState } from '@/lib/api/types';

export type ProjectListParams = NonNullable<paths['/api/projects']['get']['parameters']['query']>;

export interface VersionedProject {
  project: Project;
  /** Every change to the project, its participants or invitations moves it on. */
  etag: string;
}

export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (params: ProjectListParams) => [...projectKeys.lists(), params] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
};

const versioned = ({ data, response }: { data: Project; response: Response }): VersionedProject => ({
  project: data,
  etag: etagOf(response, data),
});

// GET /api/projects
export function useProjects(params: ProjectListParams, enabled = true) {
  return useQuery({
    queryKey: projectKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/projects', { params: { query: params } }))).data,
    enabled,
    placeholderData: keepPreviousData,
  });
}

// GET /api/projects/{id}
export async function fetchProject(id: number): Promise<VersionedProject> {
  return versioned(await call(apiClient.GET('/api/projects/{id}', { params: { path: { id } } })));
}

export const projectQueryOptions = (id: number) => queryOptions({ queryKey: projectKeys.detail(id), queryFn: () => fetchProject(id) });

export function useProject(id: number, enabled = true) {
  return useQuery({ ...projectQueryOptions(id), enabled });
}

/** POST /api/projects, or PUT /api/projects/{id} with If-Match. */
export function useSaveProject(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: ProjectInput; etag?: string }) =>
      versioned(
        id === undefined
          ? await call(apiClient.POST('/api/projects', { body }))
          : await call(apiClient.PUT('/api/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(projectKeys.detail(saved.project.id), saved);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}

export type ProjectChange =
  | { kind: 'participant'; firmId: number; productIds: number[] }
  | { kind: 'removeParticipant'; firmId: number }
  | { kind: 'invitation'; buyerCompanyId: number }
  | { kind: 'removeInvitation'; buyerCompanyId: number }
  | { kind: 'state'; state: ProjectState };

async function sendChange(id: number, etag: string, change: ProjectChange) {
  const header = { 'If-Match': etag };
  switch (change.kind) {
    case 'participant':
      return call(
        apiClient.PUT('/api/projects/{id}/participants/{firmId}', {
          params: { path: { id, firmId: change.firmId }, header },
          body: { productIds: change.productIds },
        }),
      );
    case 'removeParticipant':
      return call(apiClient.DELETE('/api/projects/{id}/participants/{firmId}', { params: { path: { id, firmId: change.firmId }, header } }));
    case 'invitation':
      return call(
        apiClient.PUT('/api/projects/{id}/invitations/{buyerCompanyId}', {
          params: { path: { id, buyerCompanyId: change.buyerCompanyId }, header },
          body: { contactIds: [] },
        }),
      );
    case 'removeInvitation':
      return call(
        apiClient.DELETE('/api/projects/{id}/invitations/{buyerCompanyId}', {
          params: { path: { id, buyerCompanyId: change.buyerCompanyId }, header },
        }),
      );
    case 'state':
      return call(apiClient.POST('/api/projects/{id}/state', { params: { path: { id }, header }, body: { state: change.state } }));
  }
}

/** Participants, invitations and state: each with If-Match, each answering the new project and ETag. */
export function useChangeProject(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, change }: { etag: string; change: ProjectChange }) => versioned(await sendChange(id, etag, change)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(projectKeys.detail(id), saved);
      await queryClient.invalidateQueries({ queryKey: projectKeys.lists() });
    },
  });
}

// Pickers on a project's page: firms and buyer companies by name, a firm's products.
export function useFirmSearch(q: string) {
  return useQuery({
    queryKey: ['projects', 'pick-firms', q],
    queryFn: async () => (await call(apiClient.GET('/api/firms', { params: { query: { q, size: 10 } } }))).data.items,
    enabled: q.trim() !== '',
  });
}

export function useBuyerCompanySearch(q: string) {
  return useQuery({
    queryKey: ['projects', 'pick-buyers', q],
    queryFn: async () => (await call(apiClient.GET('/api/buyer-companies', { params: { query: { q, size: 10 } } }))).data.items,
    enabled: q.trim() !== '',
  });
}

export function useProductsOfFirm(firmId: number | undefined) {
  return useQuery({
    queryKey: ['projects', 'firm-products', firmId],
    queryFn: async () =>
      (await call(apiClient.GET('/api/firms/{id}/products', { params: { path: { id: firmId ?? 0 } } }))).data,
    enabled: firmId !== undefined,
  });
}
