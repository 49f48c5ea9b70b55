import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { kpiInvitationsSearchSchema, kpiRecordsSearchSchema } from '@/features/kpi/routes/kpi-search';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

// The dashboard itself is the staff's home page (routes/home.ts).
const kpiRecordsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'kpi/records',
  validateSearch: kpiRecordsSearchSchema,
  component: lazyRouteComponent(() => import('@/features/kpi/routes/KpiRecordsPage'), 'KpiRecordsPage'),
});
const kpiInvitationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'kpi/invitations',
  validateSearch: kpiInvitationsSearchSchema,
  component: lazyRouteComponent(() => import('@/features/kpi/routes/KpiInvitationsPage'), 'KpiInvitationsPage'),
});
const kpiReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'kpi/report',
  component: lazyRouteComponent(() => import('@/features/kpi/routes/AnnualReportPage'), 'AnnualReportPage'),
});

export const routes = [kpiRecordsRoute, kpiInvitationsRoute, kpiReportRoute] as const;

export const nav: NavEntry[] = [{ to: '/kpi/report', labelKey: 'nav.kpiReport', order: 12, shownTo: (me) => isStaff(me.roles) }];
