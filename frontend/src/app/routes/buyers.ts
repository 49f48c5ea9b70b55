import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { BUYERS_SEARCH_DEFAULTS, buyersSearchSchema } from '@/features/buyers/routes/buyers-search';
import { canViewBuyers, ownBuyerCompanyId } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const buyersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers',
  validateSearch: buyersSearchSchema,
  search: { middlewares: [stripSearchParams(BUYERS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/buyers/routes/BuyersPage'), 'BuyersPage'),
});
const buyerNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers/new',
  component: lazyRouteComponent(() => import('@/features/buyers/routes/BuyerNewPage'), 'BuyerNewPage'),
});
const buyerImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers/import',
  component: lazyRouteComponent(() => import('@/features/buyers/routes/BuyerImportPage'), 'BuyerImportPage'),
});
const buyerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers/$id',
  component: lazyRouteComponent(() => import('@/features/buyers/routes/BuyerDetailPage'), 'BuyerDetailPage'),
});
const buyerEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers/$id/edit',
  component: lazyRouteComponent(() => import('@/features/buyers/routes/BuyerEditPage'), 'BuyerEditPage'),
});
const myCompanyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'my-company',
  component: lazyRouteComponent(() => import('@/features/buyers/routes/MyCompanyPage'), 'MyCompanyPage'),
});

export const routes = [buyersRoute, buyerNewRoute, buyerImportRoute, buyerRoute, buyerEditRoute, myCompanyRoute] as const;

export const nav: NavEntry[] = [
  { to: '/buyers', labelKey: 'nav.buyers', order: 40, shownTo: (me) => canViewBuyers(me.roles) },
  // A buyer gets 自社情報 once its account is linked to a company.
  { to: '/my-company', labelKey: 'nav.myCompany', order: 70, shownTo: (me) => ownBuyerCompanyId(me) !== undefined },
];
