import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import type { NavEntry } from '../area';
import { NotFoundPage } from '../NotFoundPage';
import { RootLayout } from '../RootLayout';

export interface RouterContext {
  queryClient: QueryClient;
  /** Every area's menu entries, in menu order (src/app/areas.ts). */
  nav: readonly NavEntry[];
}

/** The parent of every area's routes (src/app/routes/<area>.ts). */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});
