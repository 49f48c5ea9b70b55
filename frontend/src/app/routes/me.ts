import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('@/features/me/routes/AccountPage'), 'AccountPage'),
});

export const routes = [accountRoute] as const;

// Last in the menu, for everyone.
export const nav: NavEntry[] = [{ to: '/account', labelKey: 'nav.account', order: 1000, shownTo: () => true }];
