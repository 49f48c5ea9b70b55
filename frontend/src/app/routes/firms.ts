import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { FIRMS_SEARCH_DEFAULTS, firmsSearchSchema } from '@/features/firms/routes/firms-search';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const firmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms',
  validateSearch: firmsSearchSchema,
  // Defaults stay out of the address: /firms, not /firms?sort=tradeNameKana&page=1&size=20.
  search: { middlewares: [stripSearchParams(FIRMS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/firms/routes/FirmsPage'), 'FirmsPage'),
});
// A static segment wins over $id, so /firms/new is never read as a firm id.
const firmNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms/new',
  component: lazyRouteComponent(() => import('@/features/firms/routes/FirmNewPage'), 'FirmNewPage'),
});
const firmImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms/import',
  component: lazyRouteComponent(() => import('@/features/firms/routes/FirmImportPage'), 'FirmImportPage'),
});
const firmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms/$id',
  component: lazyRouteComponent(() => import('@/features/firms/routes/FirmDetailPage'), 'FirmDetailPage'),
});
const firmEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms/$id/edit',
  component: lazyRouteComponent(() => import('@/features/firms/routes/FirmEditPage'), 'FirmEditPage'),
});

export const routes = [firmsRoute, firmNewRoute, firmImportRoute, firmRoute, firmEditRoute] as const;

export const nav: NavEntry[] = [{ to: '/firms', labelKey: 'nav.firms', order: 20, shownTo: (me) => isStaff(me.roles) }];
