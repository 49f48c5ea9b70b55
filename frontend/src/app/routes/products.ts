import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { PRODUCTS_SEARCH_DEFAULTS, productsSearchSchema } from '@/features/products/routes/products-search';
import { isStaff } from '@/lib/roles';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

const productsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'products',
  validateSearch: productsSearchSchema,
  search: { middlewares: [stripSearchParams(PRODUCTS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/products/routes/ProductsPage'), 'ProductsPage'),
});
const productImportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'products/import',
  component: lazyRouteComponent(() => import('@/features/products/routes/ProductImportPage'), 'ProductImportPage'),
});

export const routes = [productsRoute, productImportRoute] as const;

export const nav: NavEntry[] = [{ to: '/products', labelKey: 'nav.products', order: 30, shownTo: (me) => isStaff(me.roles) }];
