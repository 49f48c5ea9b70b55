import type { QueryClient } from '@tanstack/react-query';
import { refresh } from '../refresh';
import { timetableKeys } from '../timetable/keys';
import { negotiationKeys } from './keys';
import type { VersionedNegotiation } from './queries';

/**
 * After a negotiation was moved, changed, taken over or given a follow-up: its page shows
 * the version saved, and every list and board asks again (its column, its next action).
 */
export async function negotiationSaved(queryClient: QueryClient, saved: VersionedNegotiation): Promise<void> {
  queryClient.setQueryData(negotiationKeys.detail(saved.negotiation.id), saved);
  await refresh(queryClient, [negotiationKeys.lists()]);
}

/** After negotiations were created (introductions, a lead, a published timetable). */
export async function negotiationsCreated(queryClient: QueryClient): Promise<void> {
  await refresh(queryClient, [negotiationKeys.lists(), negotiationKeys.allCandidates(), negotiationKeys.leads(), timetableKeys.all]);
}
