import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { PROJECTS_SEARCH_DEFAULTS, projectsSearchSchema } from '@/features/projects/routes/projects-search';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects',
  validateSearch: projectsSearchSchema,
  search: { middlewares: [stripSearchParams(PROJECTS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/projects/routes/ProjectsPage'), 'ProjectsPage'),
});
const projectNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects/new',
  component: lazyRouteComponent(() => import('@/features/projects/routes/ProjectFormPage'), 'ProjectNewPage'),
});
const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects/$id',
  component: lazyRouteComponent(() => import('@/features/projects/routes/ProjectDetailPage'), 'ProjectDetailPage'),
});
const projectEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects/$id/edit',
  component: lazyRouteComponent(() => import('@/features/projects/routes/ProjectFormPage'), 'ProjectEditPage'),
});

export const routes = [projectsRoute, projectNewRoute, projectRoute, projectEditRoute] as const;

export const nav: NavEntry[] = [{ to: '/projects', labelKey: 'nav.projects', order: 50, shownTo: (me) => isStaff(me.roles) }];
