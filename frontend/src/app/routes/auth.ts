import { createRoute } from '@tanstack/react-router';
import { AuthCallbackPage } from '@/features/auth/routes/AuthCallbackPage';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

// The one page loaded eagerly: a loader shown while the sign-in completes. Loading it
// lazily would add a round trip to every sign-in for a few hundred bytes.
const callbackRoute = createRoute({ getParentRoute: () => rootRoute, path: 'auth/callback', component: AuthCallbackPage });

export const routes = [callbackRoute] as const;

export const nav: NavEntry[] = [];
