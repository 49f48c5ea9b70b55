import type {
  InvitationStatus,
  IntroductionCandidateSort,
  MailSkipReason,
  QuestionType,
  SurveySort,
  SurveyState,
} from '@/records/survey/types';

/** Runtime lists of the contract's survey enums; typecheck fails when openapi.yaml changes one. */
function exhaustive<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) => list;
}

export const SURVEY_STATES = exhaustive<SurveyState>()(['SCHEDULED', 'OPEN', 'CLOSED']);
export const SURVEY_SORTS = exhaustive<SurveySort>()(['-opensOn', 'opensOn', '-closesOn', 'closesOn', '-updatedAt', 'updatedAt']);
export const INVITATION_STATUSES = exhaustive<InvitationStatus>()(['NOT_SENT', 'SENT', 'OPENED', 'DRAFT', 'SUBMITTED']);
export const MAIL_SKIP_REASONS = exhaustive<MailSkipReason>()(['ALREADY_SENT', 'NOT_SENT', 'SUBMITTED', 'REVOKED', 'NO_EMAIL', 'REMINDED_WITHIN_DAY']);
export const QUESTION_TYPES = exhaustive<QuestionType>()(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT', 'NUMBER', 'SCALE', 'PRODUCT_RATINGS']);
export const CANDIDATE_SORTS = exhaustive<IntroductionCandidateSort>()(['firm', '-firm', 'buyer', '-buyer', 'markedAt', '-markedAt']);
