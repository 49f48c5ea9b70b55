import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { canViewCatalogue } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'catalogue',
  component: lazyRouteComponent(() => import('@/features/catalogue/routes/CataloguePage'), 'CataloguePage'),
});

export const routes = [catalogueRoute] as const;

export const nav: NavEntry[] = [{ to: '/catalogue', labelKey: 'nav.catalogue', order: 60, shownTo: (me) => canViewCatalogue(me.roles) }];
