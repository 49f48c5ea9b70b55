import type { KpiFigure, ProgramCode } from '@/lib/api/types';

export interface KpiRecordsParams {
  figure: KpiFigure;
  fiscalYear: number;
  program?: ProgramCode;
  advisor?: string;
  /** Zero-based, as the API counts. */
  page: number;
  size: number;
}

export interface KpiInvitationsParams {
  fiscalYear: number;
  program?: ProgramCode;
  /** Only the invitations whose response is submitted. */
  submitted: boolean;
  /** Zero-based, as the API counts. */
  page: number;
  size: number;
}

export const kpiKeys = {
  all: ['kpi'] as const,
  dashboard: (fiscalYear: number) => [...kpiKeys.all, 'dashboard', fiscalYear] as const,
  records: (params: KpiRecordsParams) => [...kpiKeys.all, 'records', params] as const,
  invitations: (params: KpiInvitationsParams) => [...kpiKeys.all, 'survey-invitations', params] as const,
  years: () => [...kpiKeys.all, 'years'] as const,
  targetHistory: (code: ProgramCode) => [...kpiKeys.all, 'target-history', code] as const,
};
