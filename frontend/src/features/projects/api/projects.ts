import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { PROJECT_LISTS_KEY } from '@/lib/api/related-projects';
import type { Project, ProjectInput, ProjectState } from '@/lib/api/types';

export type ProjectListParams = NonNullable<paths['/api/projects']['get']['parameters']['query']>;

export interface VersionedProject {
  project: Project;
  /** Every change to the project, its participants or invitations moves it on. */
  etag: string;
}

export const projectKeys = {
  all: ['projects'] as const,
  /** Shared with the firm's and buyer company's project lists (src/lib/api/related-projects.ts). */
  lists: () => PROJECT_LISTS_KEY,
  list: (params: ProjectListParams) => [...projectKeys.lists(), params] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
  history: (id: number) => [...projectKeys.all, 'history', id] as const,
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

/** After any change: the project as saved, and everything that shows it. */
function useSaved() {
  const queryClient = useQueryClient();
  return async (saved: VersionedProject) => {
    queryClient.setQueryData(projectKeys.detail(saved.project.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: projectKeys.history(saved.project.id) }),
    ]);
  };
}

/** POST /api/projects, or PUT /api/projects/{id} with If-Match. */
export function useSaveProject(id: number | undefined) {
  const onSuccess = useSaved();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: ProjectInput; etag?: string }) =>
      versioned(
        id === undefined
          ? await call(apiClient.POST('/api/projects', { body }))
          : await call(apiClient.PUT('/api/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
      ),
    onSuccess,
  });
}

export type ProjectChange =
  | { kind: 'participant'; firmId: number; productIds: number[] }
  | { kind: 'removeParticipant'; firmId: number }
  | { kind: 'invitation'; buyerCompanyId: number; contactIds: number[] }
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
          body: { contactIds: change.contactIds },
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
  const onSuccess = useSaved();
  return useMutation({
    mutationFn: async ({ etag, change }: { etag: string; change: ProjectChange }) => versioned(await sendChange(id, etag, change)),
    onSuccess,
  });
}

// GET /api/projects/{id}/history: newest first.
export function useProjectHistory(id: number, enabled = true) {
  return useQuery({
    queryKey: projectKeys.history(id),
    queryFn: async () => (await call(apiClient.GET('/api/projects/{id}/history', { params: { path: { id } } }))).data,
    enabled,
  });
}
