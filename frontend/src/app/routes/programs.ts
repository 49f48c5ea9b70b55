import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { programsSearchSchema } from '@/features/programs/routes/programs-search';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const programsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs',
  validateSearch: programsSearchSchema,
  component: lazyRouteComponent(() => import('@/features/programs/routes/ProgramsPage'), 'ProgramsPage'),
});
const programRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs/$code',
  component: lazyRouteComponent(() => import('@/features/programs/routes/ProgramDetailPage'), 'ProgramDetailPage'),
});
const programEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs/$code/edit',
  component: lazyRouteComponent(() => import('@/features/programs/routes/ProgramEditPage'), 'ProgramEditPage'),
});

export const routes = [programsRoute, programRoute, programEditRoute] as const;

export const nav: NavEntry[] = [{ to: '/programs', labelKey: 'nav.programs', order: 10, shownTo: (me) => isStaff(me.roles) }];
