import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, stripSearchParams } from '@tanstack/react-router';
import { CataloguePage } from '@/features/catalogue/routes/CataloguePage';
import { AuthCallbackPage } from '@/features/auth/routes/AuthCallbackPage';
import { BuyerDetailPage } from '@/features/buyers/routes/BuyerDetailPage';
import { BuyerEditPage } from '@/features/buyers/routes/BuyerEditPage';
import { BuyerImportPage } from '@/features/buyers/routes/BuyerImportPage';
import { BuyerNewPage } from '@/features/buyers/routes/BuyerNewPage';
import { BUYERS_SEARCH_DEFAULTS, buyersSearchSchema } from '@/features/buyers/routes/buyers-search';
import { BuyersPage } from '@/features/buyers/routes/BuyersPage';
import { MyCompanyPage } from '@/features/buyers/routes/MyCompanyPage';
import { FirmDetailPage } from '@/features/firms/routes/FirmDetailPage';
import { FirmEditPage } from '@/features/firms/routes/FirmEditPage';
import { FirmImportPage } from '@/features/firms/routes/FirmImportPage';
import { FirmNewPage } from '@/features/firms/routes/FirmNewPage';
import { FIRMS_SEARCH_DEFAULTS, firmsSearchSchema } from '@/features/firms/routes/firms-search';
import { FirmsPage } from '@/features/firms/routes/FirmsPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { AccountPage } from '@/features/me/routes/AccountPage';
import { ProductImportPage } from '@/features/products/routes/ProductImportPage';
import { PRODUCTS_SEARCH_DEFAULTS, productsSearchSchema } from '@/features/products/routes/products-search';
import { ProductsPage } from '@/features/products/routes/ProductsPage';
import { ProgramDetailPage } from '@/features/programs/routes/ProgramDetailPage';
import { ProgramEditPage } from '@/features/programs/routes/ProgramEditPage';
import { programsSearchSchema } from '@/features/programs/routes/programs-search';
import { ProgramsPage } from '@/features/programs/routes/ProgramsPage';
import { ProjectDetailPage } from '@/features/projects/routes/ProjectDetailPage';
import { ProjectEditPage, ProjectNewPage } from '@/features/projects/routes/ProjectFormPage';
import { PROJECTS_SEARCH_DEFAULTS, projectsSearchSchema } from '@/features/projects/routes/projects-search';
import { ProjectsPage } from '@/features/projects/routes/ProjectsPage';
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
const firmsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'firms',
  validateSearch: firmsSearchSchema,
  // Defaults stay out of the address: /firms, not /firms?sort=tradeNameKana&page=1&size=20.
  search: { middlewares: [stripSearchParams(FIRMS_SEARCH_DEFAULTS)] },
  component: FirmsPage,
});
// A static segment wins over $id, so /firms/new is never read as a firm id.
const firmNewRoute = createRoute({ getParentRoute: () => rootRoute, path: 'firms/new', component: FirmNewPage });
const firmImportRoute = createRoute({ getParentRoute: () => rootRoute, path: 'firms/import', component: FirmImportPage });
const firmRoute = createRoute({ getParentRoute: () => rootRoute, path: 'firms/$id', component: FirmDetailPage });
const firmEditRoute = createRoute({ getParentRoute: () => rootRoute, path: 'firms/$id/edit', component: FirmEditPage });
const buyersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'buyers',
  validateSearch: buyersSearchSchema,
  search: { middlewares: [stripSearchParams(BUYERS_SEARCH_DEFAULTS)] },
  component: BuyersPage,
});
const buyerNewRoute = createRoute({ getParentRoute: () => rootRoute, path: 'buyers/new', component: BuyerNewPage });
const buyerImportRoute = createRoute({ getParentRoute: () => rootRoute, path: 'buyers/import', component: BuyerImportPage });
const buyerRoute = createRoute({ getParentRoute: () => rootRoute, path: 'buyers/$id', component: BuyerDetailPage });
const buyerEditRoute = createRoute({ getParentRoute: () => rootRoute, path: 'buyers/$id/edit', component: BuyerEditPage });
const productsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'products',
  validateSearch: productsSearchSchema,
  search: { middlewares: [stripSearchParams(PRODUCTS_SEARCH_DEFAULTS)] },
  component: ProductsPage,
});
const productImportRoute = createRoute({ getParentRoute: () => rootRoute, path: 'products/import', component: ProductImportPage });
const myCompanyRoute = createRoute({ getParentRoute: () => rootRoute, path: 'my-company', component: MyCompanyPage });
const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'projects',
  validateSearch: projectsSearchSchema,
  search: { middlewares: [stripSearchParams(PROJECTS_SEARCH_DEFAULTS)] },
  component: ProjectsPage,
});
const projectNewRoute = createRoute({ getParentRoute: () => rootRoute, path: 'projects/new', component: ProjectNewPage });
const projectRoute = createRoute({ getParentRoute: () => rootRoute, path: 'projects/$id', component: ProjectDetailPage });
const projectEditRoute = createRoute({ getParentRoute: () => rootRoute, path: 'projects/$id/edit', component: ProjectEditPage });
const catalogueRoute = createRoute({ getParentRoute: () => rootRoute, path: 'catalogue', component: CataloguePage });
const callbackRoute = createRoute({ getParentRoute: () => rootRoute, path: 'auth/callback', component: AuthCallbackPage });

const routeTree = rootRoute.addChildren([
  homeRoute,
  accountRoute,
  programsRoute,
  programRoute,
  programEditRoute,
  firmsRoute,
  firmNewRoute,
  firmImportRoute,
  firmRoute,
  firmEditRoute,
  buyersRoute,
  buyerNewRoute,
  buyerImportRoute,
  buyerRoute,
  buyerEditRoute,
  productsRoute,
  productImportRoute,
  myCompanyRoute,
  projectsRoute,
  projectNewRoute,
  projectRoute,
  projectEditRoute,
  catalogueRoute,
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
