import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import * as z from 'zod/mini';
import {
  NEGOTIATIONS_SEARCH_DEFAULTS,
  negotiationsSearchSchema,
} from '@/features/negotiations/routes/negotiations-search';
import { INTRODUCTION_SOURCES } from '@/lib/api/enums';
import { pageParam } from '@/lib/search-params';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const optionalId = z.catch(z.optional(z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))), undefined);

const negotiationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations',
  validateSearch: negotiationsSearchSchema,
  search: { middlewares: [stripSearchParams(NEGOTIATIONS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/NegotiationsPage'), 'NegotiationsPage'),
});
// Static segments win over $id, so /negotiations/board is never read as an id.
const boardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations/board',
  validateSearch: negotiationsSearchSchema,
  search: { middlewares: [stripSearchParams(NEGOTIATIONS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/NegotiationBoardPage'), 'NegotiationBoardPage'),
});
const mineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations/mine',
  validateSearch: z.object({ page: pageParam }),
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/MyNegotiationsPage'), 'MyNegotiationsPage'),
});
const introduceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations/introduce',
  validateSearch: z.object({ projectId: optionalId, firmId: optionalId, buyerCompanyId: optionalId }),
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/IntroducePage'), 'IntroducePage'),
});
const introductionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations/introductions',
  validateSearch: z.object({
    projectId: optionalId,
    source: z.catch(z._default(z.enum(INTRODUCTION_SOURCES), 'BUYER_PICKS'), 'BUYER_PICKS'),
  }),
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/BulkIntroductionPage'), 'BulkIntroductionPage'),
});
const negotiationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'negotiations/$id',
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/NegotiationDetailPage'), 'NegotiationDetailPage'),
});
const leadsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'leads',
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/LeadCapturePage'), 'LeadCapturePage'),
});
const timetableRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects/$id/timetable',
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/TimetablePage'), 'TimetablePage'),
});
const timetablePrintRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects/$id/timetable/print',
  validateSearch: z.object({ by: z.catch(z._default(z.enum(['buyer', 'firm']), 'buyer'), 'buyer') }),
  component: lazyRouteComponent(() => import('@/features/negotiations/routes/TimetablePrintPage'), 'TimetablePrintPage'),
});

export const routes = [
  negotiationsRoute,
  boardRoute,
  mineRoute,
  introduceRoute,
  introductionsRoute,
  negotiationRoute,
  leadsRoute,
  timetableRoute,
  timetablePrintRoute,
] as const;

export const nav: NavEntry[] = [
  // What needs an advisor's action today comes right after home.
  { to: '/negotiations/mine', labelKey: 'nav.myNegotiations', order: 5, shownTo: (me) => me.roles.includes('ADVISOR') },
  { to: '/negotiations/board', labelKey: 'nav.negotiations', order: 55, shownTo: (me) => isStaff(me.roles) },
  { to: '/leads', labelKey: 'nav.leads', order: 57, shownTo: (me) => isStaff(me.roles) },
];
