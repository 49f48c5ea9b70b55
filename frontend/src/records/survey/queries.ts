import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { surveyKeys, surveyTemplateKeys } from './keys';
import type {
  IntroductionCandidateParams,
  InvitationListParams,
  ProgramCodeParam,
  Survey,
  SurveyListParams,
  SurveyTemplate,
} from './types';

export interface VersionedSurvey {
  survey: Survey;
  etag: string;
}

export const versionedSurvey = ({ data, response }: { data: Survey; response: Response }): VersionedSurvey => ({
  survey: data,
  etag: etagOf(response, data),
});

export interface VersionedTemplate {
  template: SurveyTemplate;
  etag: string;
}

export const versionedTemplate = ({ data, response }: { data: SurveyTemplate; response: Response }): VersionedTemplate => ({
  template: data,
  etag: etagOf(response, data),
});

// GET /api/surveys
export const surveysQueryOptions = (params: SurveyListParams) =>
  queryOptions({
    queryKey: surveyKeys.list(params),
    queryFn: async () => (await call(apiClient.GET('/api/surveys', { params: { query: params } }))).data,
  });

export function useSurveys(params: SurveyListParams, enabled = true) {
  return useQuery({ ...surveysQueryOptions(params), enabled, placeholderData: keepPreviousData });
}

// GET /api/surveys/{id}
export const surveyQueryOptions = (id: number) =>
  queryOptions({
    queryKey: surveyKeys.detail(id),
    queryFn: async () => versionedSurvey(await call(apiClient.GET('/api/surveys/{id}', { params: { path: { id } } }))),
  });

export function useSurvey(id: number, enabled = true) {
  return useQuery({ ...surveyQueryOptions(id), enabled });
}

// GET /api/surveys/{id}/invitations
export function useSurveyInvitations(surveyId: number, params: InvitationListParams, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.invitationList(surveyId, params),
    queryFn: async () =>
      (await call(apiClient.GET('/api/surveys/{id}/invitations', { params: { path: { id: surveyId }, query: params } }))).data,
    enabled,
    placeholderData: keepPreviousData,
  });
}

// GET /api/survey-invitations/{id}: one invitation with every mail sent for it.
export function useSurveyInvitation(id: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.invitation(id),
    queryFn: async () => (await call(apiClient.GET('/api/survey-invitations/{id}', { params: { path: { id } } }))).data,
    enabled,
  });
}

// GET /api/survey-invitations/{id}/submissions
export function useSurveySubmissions(invitationId: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.submissions(invitationId),
    queryFn: async () => (await call(apiClient.GET('/api/survey-invitations/{id}/submissions', { params: { path: { id: invitationId } } }))).data,
    enabled,
  });
}

// GET /api/surveys/{id}/analysis
export function useSurveyAnalysis(surveyId: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.analysis(surveyId),
    queryFn: async () => (await call(apiClient.GET('/api/surveys/{id}/analysis', { params: { path: { id: surveyId } } }))).data,
    enabled,
  });
}

// GET /api/surveys/{id}/feedback/{firmId}
export function useFirmFeedback(surveyId: number, firmId: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.feedback(surveyId, firmId),
    queryFn: async () =>
      (await call(apiClient.GET('/api/surveys/{id}/feedback/{firmId}', { params: { path: { id: surveyId, firmId } } }))).data,
    enabled,
  });
}

// GET /api/surveys/{id}/report
export function useAggregateReport(surveyId: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.report(surveyId),
    queryFn: async () => (await call(apiClient.GET('/api/surveys/{id}/report', { params: { path: { id: surveyId } } }))).data,
    enabled,
  });
}

// GET /api/my/survey-invitations (buyers)
export function useMySurveyInvitations(enabled = true) {
  return useQuery({
    queryKey: surveyKeys.mine(),
    queryFn: async () => (await call(apiClient.GET('/api/my/survey-invitations'))).data,
    enabled,
  });
}

// GET /api/introduction-candidates
export function useIntroductionCandidates(params: IntroductionCandidateParams, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.introductionCandidateList(params),
    queryFn: async () => (await call(apiClient.GET('/api/introduction-candidates', { params: { query: params } }))).data,
    enabled,
    placeholderData: keepPreviousData,
  });
}

// GET /api/survey-templates
export function useSurveyTemplates(program?: ProgramCodeParam, enabled = true) {
  return useQuery({
    queryKey: surveyTemplateKeys.list(program),
    queryFn: async () => (await call(apiClient.GET('/api/survey-templates', { params: { query: { program } } }))).data,
    enabled,
  });
}

// GET /api/survey-templates/{id}
export const surveyTemplateQueryOptions = (id: number) =>
  queryOptions({
    queryKey: surveyTemplateKeys.detail(id),
    queryFn: async () => versionedTemplate(await call(apiClient.GET('/api/survey-templates/{id}', { params: { path: { id } } }))),
  });

export function useSurveyTemplate(id: number, enabled = true) {
  return useQuery({ ...surveyTemplateQueryOptions(id), enabled });
}

// GET /api/survey-template-versions/{id}
export function useSurveyTemplateVersion(id: number, enabled = true) {
  return useQuery({
    queryKey: surveyTemplateKeys.version(id),
    queryFn: async () => (await call(apiClient.GET('/api/survey-template-versions/{id}', { params: { path: { id } } }))).data,
    enabled,
  });
}
