import type { QueryClient } from '@tanstack/react-query';
import { refresh } from '../refresh';
import { surveyKeys, surveyTemplateKeys } from './keys';
import type { VersionedSurvey, VersionedTemplate } from './queries';

/** A survey was issued or changed: its page shows the version saved, the lists ask again. */
export async function surveySaved(queryClient: QueryClient, saved: VersionedSurvey): Promise<void> {
  queryClient.setQueryData(surveyKeys.detail(saved.survey.id), saved);
  await refresh(queryClient, [surveyKeys.lists()]);
}

/**
 * Invitations changed (issued, mailed, reminded, revoked, re-issued): the survey's lists of
 * invitations, its counts (the survey's page and the list) and every invitation page ask again.
 */
export async function invitationsChanged(queryClient: QueryClient, surveyId: number): Promise<void> {
  await refresh(queryClient, [surveyKeys.invitations(surveyId), surveyKeys.detail(surveyId), surveyKeys.lists(), [...surveyKeys.all, 'invitation']]);
}

/**
 * A response was saved or submitted by staff (proxy entry): the invitation's status, the
 * survey's counts, and every number computed from submissions ask again.
 */
export async function responseSaved(queryClient: QueryClient, surveyId: number, invitationId: number): Promise<void> {
  await refresh(queryClient, [
    surveyKeys.invitations(surveyId),
    surveyKeys.invitation(invitationId),
    surveyKeys.submissions(invitationId),
    surveyKeys.detail(surveyId),
    surveyKeys.lists(),
    surveyKeys.results(surveyId),
    surveyKeys.introductionCandidates(),
  ]);
}

/** A template was saved (in place or as a new version): its page shows it, the lists ask again. */
export async function surveyTemplateSaved(queryClient: QueryClient, saved: VersionedTemplate): Promise<void> {
  queryClient.setQueryData(surveyTemplateKeys.detail(saved.template.id), saved);
  await refresh(queryClient, [surveyTemplateKeys.lists()]);
}
