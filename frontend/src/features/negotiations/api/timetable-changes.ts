import { apiClient, call } from '@/lib/api/client';
import type { TimetableMailReport, TimetableMailRequest, TimetableSettings } from '@/lib/api/types';
import { versionedTimetable, type VersionedTimetable } from '@/records/timetable/queries';

// POST /api/projects/{id}/timetable: generate, or generate again over the version with this ETag.
export async function generateTimetable(projectId: number, etag: string | undefined, body: TimetableSettings): Promise<VersionedTimetable> {
  return versionedTimetable(
    await call(
      apiClient.POST('/api/projects/{id}/timetable', {
        params: { path: { id: projectId }, header: etag ? { 'If-Match': etag } : {} },
        body,
      }),
    ),
  );
}

// POST /api/projects/{id}/timetable/meetings
export async function addMeeting(
  projectId: number,
  etag: string,
  body: { buyerCompanyId: number; firmId: number; slot: number },
): Promise<VersionedTimetable> {
  return versionedTimetable(
    await call(
      apiClient.POST('/api/projects/{id}/timetable/meetings', { params: { path: { id: projectId }, header: { 'If-Match': etag } }, body }),
    ),
  );
}

// PUT /api/projects/{id}/timetable/meetings/{meetingId}
export async function moveMeeting(projectId: number, meetingId: number, etag: string, slot: number): Promise<VersionedTimetable> {
  return versionedTimetable(
    await call(
      apiClient.PUT('/api/projects/{id}/timetable/meetings/{meetingId}', {
        params: { path: { id: projectId, meetingId }, header: { 'If-Match': etag } },
        body: { slot },
      }),
    ),
  );
}

// DELETE /api/projects/{id}/timetable/meetings/{meetingId}
export async function removeMeeting(projectId: number, meetingId: number, etag: string): Promise<VersionedTimetable> {
  return versionedTimetable(
    await call(
      apiClient.DELETE('/api/projects/{id}/timetable/meetings/{meetingId}', {
        params: { path: { id: projectId, meetingId }, header: { 'If-Match': etag } },
      }),
    ),
  );
}

// POST /api/projects/{id}/timetable/publish
export async function publishTimetable(projectId: number, etag: string): Promise<VersionedTimetable> {
  return versionedTimetable(
    await call(apiClient.POST('/api/projects/{id}/timetable/publish', { params: { path: { id: projectId }, header: { 'If-Match': etag } } })),
  );
}

// POST /api/projects/{id}/timetable/mail: each buyer its own timetable with its .ics. The answer lists who got it,
// whose mails the mail server did not take (sending again reaches exactly those) and who was skipped.
export async function mailTimetable(projectId: number, etag: string | undefined, body: TimetableMailRequest): Promise<TimetableMailReport> {
  const { data } = await call(
    apiClient.POST('/api/projects/{id}/timetable/mail', {
      params: { path: { id: projectId }, header: etag ? { 'If-Match': etag } : {} },
      body,
    }),
  );
  return data;
}
