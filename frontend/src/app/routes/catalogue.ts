import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { CATALOGUE_SEARCH_DEFAULTS, catalogueSearchSchema } from '@/features/catalogue/routes/catalogue-search';
import { canViewCatalogue } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'catalogue',
  validateSearch: catalogueSearchSchema,
  search: { middlewares: [stripSearchParams(CATALOGUE_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/catalogue/routes/CataloguePage'), 'CataloguePage'),
});

export const routes = [catalogueRoute] as const;

export const nav: NavEntry[] = [{ to: '/catalogue', labelKey: 'nav.catalogue', order: 60, shownTo: (me) => canViewCatalogue(me.roles) }];
