import type { components, paths } from '@/api/schema';

// Every survey type is an alias of the generated schema: change openapi.yaml, not these.
type Schemas = components['schemas'];

export type Survey = Schemas['Survey'];
export type SurveyInput = Schemas['SurveyInput'];
export type SurveyUpdate = Schemas['SurveyUpdate'];
export type SurveyPage = Schemas['SurveyPage'];
export type SurveyState = Schemas['SurveyState'];
export type SurveySort = Schemas['SurveySort'];
export type SurveyTemplate = Schemas['SurveyTemplate'];
export type SurveyTemplateSummary = Schemas['SurveyTemplateSummary'];
export type SurveyTemplateVersion = Schemas['SurveyTemplateVersion'];
export type SurveyTemplateUpdate = Schemas['SurveyTemplateUpdate'];
export type SurveyTemplateCreate = Schemas['SurveyTemplateCreate'];
export type SurveyContent = Schemas['SurveyContent'];
export type Question = Schemas['Question'];
export type QuestionGroup = Schemas['QuestionGroup'];
export type QuestionType = Schemas['QuestionType'];
export type LocalizedText = Schemas['LocalizedText'];
export type SurveyInvitation = Schemas['SurveyInvitation'];
export type SurveyInvitationPage = Schemas['SurveyInvitationPage'];
export type InvitationStatus = Schemas['InvitationStatus'];
export type InvitationSort = Schemas['InvitationSort'];
export type InvitationSheet = Schemas['InvitationSheet'];
export type IssuedInvitations = Schemas['IssuedInvitations'];
export type MailReport = Schemas['MailReport'];
export type MailSkipReason = Schemas['MailSkipReason'];
export type SurveyMail = Schemas['SurveyMail'];
export type SurveyForm = Schemas['SurveyForm'];
export type SurveySubmission = Schemas['SurveySubmission'];
export type MySurveyInvitation = Schemas['MySurveyInvitation'];
export type SurveyAnalysis = Schemas['SurveyAnalysis'];
export type QuestionAnalysis = Schemas['QuestionAnalysis'];
export type ProductAnalysis = Schemas['ProductAnalysis'];
export type FirmAnalysis = Schemas['FirmAnalysis'];
export type CriterionMeans = Schemas['CriterionMeans'];
export type FirmFeedbackReport = Schemas['FirmFeedbackReport'];
export type SurveyAggregateReport = Schemas['SurveyAggregateReport'];
export type BuyerDescription = Schemas['BuyerDescription'];
export type IntroductionCandidate = Schemas['IntroductionCandidate'];
export type IntroductionCandidatePage = Schemas['IntroductionCandidatePage'];
export type IntroductionCandidateSort = Schemas['IntroductionCandidateSort'];
export type Language = Schemas['Language'];
export type ResponseChannel = Schemas['ResponseChannel'];

/** Query parameters of GET /api/surveys (page is zero-based). */
export type SurveyListParams = NonNullable<paths['/api/surveys']['get']['parameters']['query']>;
/** Query parameters of GET /api/surveys/{id}/invitations. */
export type InvitationListParams = NonNullable<paths['/api/surveys/{id}/invitations']['get']['parameters']['query']>;
/** Query parameters of GET /api/introduction-candidates. */
export type IntroductionCandidateParams = NonNullable<paths['/api/introduction-candidates']['get']['parameters']['query']>;
/** The program filter of GET /api/survey-templates. */
export type ProgramCodeParam = Schemas['ProgramCode'];
