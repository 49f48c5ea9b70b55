import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { invitationsChanged, surveySaved, surveyTemplateSaved } from '@/records/survey/invalidate';
import { versionedSurvey, versionedTemplate } from '@/records/survey/queries';
import type { SurveyInput, SurveyTemplateCreate, SurveyTemplateUpdate, SurveyUpdate } from '@/records/survey/types';

/** POST /api/surveys: issue a survey for a project from a template version. */
export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SurveyInput) => versionedSurvey(await call(apiClient.POST('/api/surveys', { body }))),
    onSuccess: (saved) => surveySaved(queryClient, saved),
  });
}

/** PUT /api/surveys/{id} with If-Match: title, dates, template version. */
export function useUpdateSurvey(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: SurveyUpdate; etag: string }) =>
      versionedSurvey(await call(apiClient.PUT('/api/surveys/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))),
    onSuccess: (saved) => surveySaved(queryClient, saved),
  });
}

/** POST /api/surveys/{id}/invitations: one per expected contact not invited yet (or those named). */
export function useIssueInvitations(surveyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contactIds?: number[]) =>
      (await call(apiClient.POST('/api/surveys/{id}/invitations', { params: { path: { id: surveyId } }, body: { contactIds } }))).data,
    onSuccess: () => invitationsChanged(queryClient, surveyId),
  });
}

/** POST …/invitations/send (every invitation not sent yet) or …/reminders (every non-responder). */
export function useMailInvitations(surveyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kind: 'send' | 'remind') =>
      (
        await call(
          kind === 'send'
            ? apiClient.POST('/api/surveys/{id}/invitations/send', { params: { path: { id: surveyId } } })
            : apiClient.POST('/api/surveys/{id}/reminders', { params: { path: { id: surveyId } } }),
        )
      ).data,
    onSettled: () => invitationsChanged(queryClient, surveyId),
  });
}

export type InvitationAction = 'send' | 'revoke' | 'reissue';

/** One invitation: mail it (again), revoke it, or replace its links by a new one (answered once). */
export function useInvitationAction(surveyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: number; action: InvitationAction }) => {
      const path = { id };
      switch (action) {
        case 'send':
          return { action, invitation: (await call(apiClient.POST('/api/survey-invitations/{id}/send', { params: { path } }))).data };
        case 'revoke':
          return { action, invitation: (await call(apiClient.POST('/api/survey-invitations/{id}/revoke', { params: { path } }))).data };
        case 'reissue':
          return { action, sheet: (await call(apiClient.POST('/api/survey-invitations/{id}/reissue', { params: { path } }))).data };
      }
    },
    onSettled: () => invitationsChanged(queryClient, surveyId),
  });
}

/** POST /api/surveys/{id}/sheets: a new link per invitation for printed sheets, answered once. */
export function useCreateSheets(surveyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationIds: number[]) =>
      (await call(apiClient.POST('/api/surveys/{id}/sheets', { params: { path: { id: surveyId } }, body: { invitationIds } }))).data,
    onSuccess: () => invitationsChanged(queryClient, surveyId),
  });
}

/** POST /api/survey-templates: a new template; its content becomes version 1. */
export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SurveyTemplateCreate) => versionedTemplate(await call(apiClient.POST('/api/survey-templates', { body }))),
    onSuccess: (saved) => surveyTemplateSaved(queryClient, saved),
  });
}

/** PUT /api/survey-templates/{id} (If-Match): in place, or as a new version when the current one has responses. */
export function useUpdateTemplate(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: SurveyTemplateUpdate; etag: string }) =>
      versionedTemplate(await call(apiClient.PUT('/api/survey-templates/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }))),
    onSuccess: (saved) => surveyTemplateSaved(queryClient, saved),
  });
}
