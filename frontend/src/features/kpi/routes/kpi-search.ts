import * as z from 'zod/mini';
import { KPI_FIGURES, PROGRAM_CODES } from '@/lib/api/enums';
import { flagParam, pageParam, pageSizeParam } from '@/lib/search-params';

/** A fiscal year in the address, as the API names it (2025 = 令和7年度); absent means the current one. */
export const fiscalYearParam = z.catch(z.optional(z.int().check(z.minimum(2000), z.maximum(2100))), undefined);

/** /?fiscalYear=2025: the dashboard's year lives in the URL so it can be shared and bookmarked. */
export const dashboardSearchSchema = z.object({
  fiscalYear: fiscalYearParam,
});

/** /kpi/records?figure=DEALS&fiscalYear=2025&program=FOOD: one figure's records. */
export const kpiRecordsSearchSchema = z.object({
  figure: z.catch(z._default(z.enum(KPI_FIGURES), 'SUPPORTED_FIRMS'), 'SUPPORTED_FIRMS'),
  fiscalYear: fiscalYearParam,
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
  advisor: z.catch(z.optional(z.string().check(z.maxLength(100))), undefined),
  page: pageParam,
  size: pageSizeParam,
});

export type KpiRecordsSearch = z.infer<typeof kpiRecordsSearchSchema>;

/** /kpi/invitations?fiscalYear=2025&program=FOOD&submitted=true: the invitations a response rate counts. */
export const kpiInvitationsSearchSchema = z.object({
  fiscalYear: fiscalYearParam,
  program: z.catch(z.optional(z.enum(PROGRAM_CODES)), undefined),
  submitted: flagParam,
  page: pageParam,
  size: pageSizeParam,
});

export type KpiInvitationsSearch = z.infer<typeof kpiInvitationsSearchSchema>;
