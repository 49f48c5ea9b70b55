import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '@/lib/api/client';
import type { ProgramCode } from '@/lib/api/types';
import { kpiKeys, type KpiInvitationsParams, type KpiRecordsParams } from './keys';

// GET /api/kpi/dashboard: one fiscal year's targets against actuals, funnel, advisors, own overdue.
export const kpiDashboardQueryOptions = (fiscalYear: number) =>
  queryOptions({
    queryKey: kpiKeys.dashboard(fiscalYear),
    queryFn: async () =>
      (await call(apiClient.GET('/api/kpi/dashboard', { params: { query: { fiscalYear } } }))).data,
    placeholderData: keepPreviousData,
  });

// GET /api/kpi/records: the records one figure counts (its drill-down), a page at a time.
export const kpiRecordsQueryOptions = (params: KpiRecordsParams) =>
  queryOptions({
    queryKey: kpiKeys.records(params),
    queryFn: async () => (await call(apiClient.GET('/api/kpi/records', { params: { query: params } }))).data,
    placeholderData: keepPreviousData,
  });

// GET /api/kpi/survey-invitations: the invitations a response rate counts (its drill-down), a page at a time.
export const kpiInvitationsQueryOptions = (params: KpiInvitationsParams) =>
  queryOptions({
    queryKey: kpiKeys.invitations(params),
    queryFn: async () => (await call(apiClient.GET('/api/kpi/survey-invitations', { params: { query: params } }))).data,
    placeholderData: keepPreviousData,
  });

// GET /api/kpi/years: every plan year's targets and actuals, and the baseline 現行.
export const kpiYearsQueryOptions = () =>
  queryOptions({
    queryKey: kpiKeys.years(),
    queryFn: async () => (await call(apiClient.GET('/api/kpi/years'))).data,
  });

// GET /api/programs/{code}/history: who changed the program's targets.
export const targetHistoryQueryOptions = (code: ProgramCode) =>
  queryOptions({
    queryKey: kpiKeys.targetHistory(code),
    queryFn: async () =>
      (await call(apiClient.GET('/api/programs/{code}/history', { params: { path: { code } } }))).data,
  });
