/**
 * Where to go after signing in. The path travels through Keycloak in the OIDC `state`
 * and is checked on the way back, so a crafted state cannot send the user elsewhere.
 */

const CALLBACK_PATH = '/auth/callback';

export function isSafeReturnTo(path: string): boolean {
  return (
    path.startsWith('/') &&
    !path.startsWith('//') &&
    !path.startsWith('/\\') &&
    !path.startsWith(CALLBACK_PATH)
  );
}

export function returnToOf(location: { pathname: string; search: string; hash: string }): string {
  const path = `${location.pathname}${location.search}${location.hash}`;
  return isSafeReturnTo(path) ? path : '/';
}

export function returnToFromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'returnTo' in state) {
    const { returnTo } = state;
    if (typeof returnTo === 'string' && isSafeReturnTo(returnTo)) return returnTo;
  }
  return '/';
}

export interface SignInState {
  returnTo: string;
}
