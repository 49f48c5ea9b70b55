import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { ProjectInput, ProjectState } from '@/lib/api/types';
import { projectSaved } from '@/records/project/invalidate';
import { versionedProject } from '@/records/project/queries';

/** POST /api/projects, or PUT /api/projects/{id} with If-Match. */
export function useSaveProject(id: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: ProjectInput; etag?: string }) =>
      versionedProject(
        id === undefined
          ? await call(apiClient.POST('/api/projects', { body }))
          : await call(apiClient.PUT('/api/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
      ),
    onSuccess: (saved) => projectSaved(queryClient, saved),
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
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, change }: { etag: string; change: ProjectChange }) => versionedProject(await sendChange(id, etag, change)),
    onSuccess: (saved) => projectSaved(queryClient, saved),
  });
}
