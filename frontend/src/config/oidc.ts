import type { UserManagerSettings } from 'oidc-client-ts';
import type { RuntimeConfig } from './runtime-config';

/**
 * Authorization Code + PKCE (oidc-client-ts always sends an S256 challenge for the code
 * flow). The redirect URIs are exact: Keycloak's client must list
 * `<origin>/auth/callback` as a redirect URI and `<origin>/` as a post-logout one.
 */
export function oidcSettings(config: RuntimeConfig, origin: string): UserManagerSettings {
  return {
    authority: `${config.keycloakUrl}/realms/${config.realm}`,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    // Renews with the refresh token shortly before the access token expires.
    automaticSilentRenew: true,
  };
}
