import type { QueryClient } from '@tanstack/react-query';
import { negotiationKeys } from '../negotiation/keys';
import { refresh } from '../refresh';
import { timetableKeys } from './keys';
import type { VersionedTimetable } from './queries';

/**
 * After the timetable was generated, changed or published: the project's timetable shows
 * the version saved, its per-buyer and per-firm views ask again, and so do the negotiation
 * lists (publishing schedules negotiations).
 */
export async function timetableSaved(queryClient: QueryClient, saved: VersionedTimetable): Promise<void> {
  queryClient.setQueryData(timetableKeys.project(saved.timetable.projectId), saved);
  await refresh(queryClient, [timetableKeys.project(saved.timetable.projectId), negotiationKeys.lists()]);
}
