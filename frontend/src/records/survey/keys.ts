import type { InvitationListParams, IntroductionCandidateParams, SurveyListParams } from './types';

/** Query keys of the surveys area: surveys, their invitations, analysis and reports, templates. */
export const surveyKeys = {
  all: ['surveys'] as const,
  lists: () => [...surveyKeys.all, 'list'] as const,
  list: (params: SurveyListParams) => [...surveyKeys.lists(), params] as const,
  details: () => [...surveyKeys.all, 'detail'] as const,
  detail: (id: number) => [...surveyKeys.details(), id] as const,
  /** A survey's invitations (every list of them) and one invitation with its mails. */
  invitations: (surveyId: number) => [...surveyKeys.all, 'invitations', surveyId] as const,
  invitationList: (surveyId: number, params: InvitationListParams) => [...surveyKeys.invitations(surveyId), params] as const,
  invitation: (id: number) => [...surveyKeys.all, 'invitation', id] as const,
  /** The numbers computed from the submissions: analysis, feedback reports, the aggregate report. */
  results: (surveyId: number) => [...surveyKeys.all, 'results', surveyId] as const,
  analysis: (surveyId: number) => [...surveyKeys.results(surveyId), 'analysis'] as const,
  feedback: (surveyId: number, firmId: number) => [...surveyKeys.results(surveyId), 'feedback', firmId] as const,
  report: (surveyId: number) => [...surveyKeys.results(surveyId), 'report'] as const,
  /** A response as staff read it (proxy entry) and its submissions. */
  response: (invitationId: number) => [...surveyKeys.all, 'response', invitationId] as const,
  submissions: (invitationId: number) => [...surveyKeys.all, 'submissions', invitationId] as const,
  /** A buyer's own invitations and forms. */
  mine: () => [...surveyKeys.all, 'mine'] as const,
  myForm: (id: number) => [...surveyKeys.mine(), id] as const,
  introductionCandidates: () => [...surveyKeys.all, 'introduction-candidates'] as const,
  introductionCandidateList: (params: IntroductionCandidateParams) => [...surveyKeys.introductionCandidates(), params] as const,
};

/** Query keys of survey templates and their versions. */
export const surveyTemplateKeys = {
  all: ['survey-templates'] as const,
  lists: () => [...surveyTemplateKeys.all, 'list'] as const,
  list: (program?: string) => [...surveyTemplateKeys.lists(), program ?? 'all'] as const,
  detail: (id: number) => [...surveyTemplateKeys.all, 'detail', id] as const,
  version: (id: number) => [...surveyTemplateKeys.all, 'version', id] as const,
};
