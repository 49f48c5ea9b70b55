import * as auth from './routes/auth';
import * as buyers from './routes/buyers';
import * as catalogue from './routes/catalogue';
import * as firms from './routes/firms';
import * as home from './routes/home';
import * as kpi from './routes/kpi';
import * as me from './routes/me';
import * as negotiations from './routes/negotiations';
import * as products from './routes/products';
import * as programs from './routes/programs';
import * as projects from './routes/projects';
import * as surveys from './routes/surveys';

/**
 * Every area of the app, each declaring its routes and menu entries in
 * src/app/routes/<area>.ts. A new area adds its file and one line here; the menu order
 * comes from each entry's `order`, not from this list.
 */
export const AREAS = [auth, buyers, catalogue, firms, home, kpi, me, negotiations, products, programs, projects, surveys] as const;
