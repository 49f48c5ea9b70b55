import { describe, expect, it } from 'vitest';
import { oidcSettings } from './oidc';

describe('oidcSettings', () => {
  it('points at the realm and uses exact redirect URIs on this origin', () => {
    const settings = oidcSettings(
      { keycloakUrl: 'http://localhost:8180', realm: 'iwaki', clientId: 'iwaki-spa' },
      'http://localhost:5183',
    );
    expect(settings).toMatchObject({
      authority: 'http://localhost:8180/realms/iwaki',
      client_id: 'iwaki-spa',
      redirect_uri: 'http://localhost:5183/auth/callback',
      post_logout_redirect_uri: 'http://localhost:5183/',
      response_type: 'code',
      scope: 'openid profile email',
      automaticSilentRenew: true,
    });
  });
});
