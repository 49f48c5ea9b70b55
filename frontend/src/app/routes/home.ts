import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('@/features/home/routes/HomePage'), 'HomePage'),
});

export const routes = [homeRoute] as const;

export const nav: NavEntry[] = [{ to: '/', labelKey: 'nav.home', order: 0, shownTo: () => true }];
