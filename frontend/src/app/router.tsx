import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import { AuthCallbackPage } from '@/features/auth/routes/AuthCallbackPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { AccountPage } from '@/features/me/routes/AccountPage';
import { ProgramDetailPage } from '@/features/programs/routes/ProgramDetailPage';
import { ProgramEditPage } from '@/features/programs/routes/ProgramEditPage';
import { programsSearchSchema } from '@/features/programs/routes/programs-search';
import { ProgramsPage } from '@/features/programs/routes/ProgramsPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';

export interface RouterContext {
  queryClient: QueryClient;
}

// Code-based routes: few enough to read in one place, no generator step in the build.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const accountRoute = createRoute({ getParentRoute: () => rootRoute, path: 'account', component: AccountPage });
const programsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs',
  validateSearch: programsSearchSchema,
  component: ProgramsPage,
});
const programRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs/$code',
  component: ProgramDetailPage,
});
const programEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'programs/$code/edit',
  component: ProgramEditPage,
});
const callbackRoute = createRoute({ getParentRoute: () => rootRoute, path: 'auth/callback', component: AuthCallbackPage });

const routeTree = rootRoute.addChildren([
  homeRoute,
  accountRoute,
  programsRoute,
  programRoute,
  programEditRoute,
  callbackRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
