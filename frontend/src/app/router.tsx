import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { PageLoader } from '@/components/PageLoader';
import { AREAS } from './areas';
import { navEntriesOf } from './nav';
import { RouteError } from './RouteError';
import { rootRoute } from './routes/root';

export type { RouterContext } from './routes/root';

// Code-based routes, one file per area (src/app/routes/<area>.ts), no generator step in
// the build. Each page loads lazily, when its route is first matched or a link to it hovered.
type AreaRoute = (typeof AREAS)[number]['routes'][number];
const routeTree = rootRoute.addChildren(AREAS.flatMap<AreaRoute>((area) => area.routes));
const nav = navEntriesOf(AREAS);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient, nav },
    defaultPreload: 'intent',
    scrollRestoration: true,
    // Shown when a page's code takes longer than a moment to arrive.
    defaultPendingComponent: () => <PageLoader />,
    defaultErrorComponent: RouteError,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
