import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import { etagOf } from '@/lib/api/etag';
import { ApiError } from '@/lib/problem';
import type { Timetable } from '@/lib/api/types';
import { timetableKeys } from './keys';

export interface VersionedTimetable {
  timetable: Timetable;
  /** Sent back as If-Match with every change, and when generating it again. */
  etag: string;
}

export const versionedTimetable = ({ data, response }: { data: Timetable; response: Response }): VersionedTimetable => ({
  timetable: data,
  etag: etagOf(response, data),
});

/** A 404 means "not generated yet" (or, for a buyer, "not published yet"): a state, not an error. */
async function orNone<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

// GET /api/projects/{id}/timetable: null until one is generated.
export const timetableQueryOptions = (projectId: number) =>
  queryOptions({
    queryKey: timetableKeys.project(projectId),
    queryFn: () =>
      orNone(call(apiClient.GET('/api/projects/{id}/timetable', { params: { path: { id: projectId } } })).then(versionedTimetable)),
  });

export function useTimetable(projectId: number, enabled = true) {
  return useQuery({ ...timetableQueryOptions(projectId), enabled });
}

// GET /api/projects/{id}/timetable/buyers/{buyerCompanyId}: null until published (for a buyer).
export const buyerTimetableQueryOptions = (projectId: number, buyerCompanyId: number) =>
  queryOptions({
    queryKey: timetableKeys.buyer(projectId, buyerCompanyId),
    queryFn: async () =>
      orNone(
        call(
          apiClient.GET('/api/projects/{id}/timetable/buyers/{buyerCompanyId}', { params: { path: { id: projectId, buyerCompanyId } } }),
        ).then(({ data }) => data),
      ),
  });

export function useBuyerTimetable(projectId: number, buyerCompanyId: number | undefined) {
  return useQuery({ ...buyerTimetableQueryOptions(projectId, buyerCompanyId ?? 0), enabled: buyerCompanyId !== undefined });
}

// GET /api/projects/{id}/timetable/firms/{firmId}
export const firmTimetableQueryOptions = (projectId: number, firmId: number) =>
  queryOptions({
    queryKey: timetableKeys.firm(projectId, firmId),
    queryFn: async () =>
      (await call(apiClient.GET('/api/projects/{id}/timetable/firms/{firmId}', { params: { path: { id: projectId, firmId } } }))).data,
  });
