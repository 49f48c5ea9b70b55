import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { dashboardSearchSchema } from '@/features/kpi/routes/kpi-search';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // ?fiscalYear= chooses the year of the staff's dashboard.
  validateSearch: dashboardSearchSchema,
  component: lazyRouteComponent(() => import('@/app/HomeRoute'), 'HomeRoute'),
});

export const routes = [homeRoute] as const;

export const nav: NavEntry[] = [{ to: '/', labelKey: 'nav.home', order: 0, shownTo: () => true }];
