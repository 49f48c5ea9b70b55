import { describe, expect, it } from 'vitest';
import { runtimeConfigSchema } from './runtime-config';

describe('runtimeConfigSchema', () => {
  it('accepts the config the Vite server writes, without a trailing slash', () => {
    expect(
      runtimeConfigSchema.parse({ keycloakUrl: 'http://localhost:8180/', realm: 'iwaki', clientId: 'iwaki-spa' }),
    ).toEqual({ keycloakUrl: 'http://localhost:8180', realm: 'iwaki', clientId: 'iwaki-spa' });
  });

  it('rejects a config without a client id', () => {
    expect(runtimeConfigSchema.safeParse({ keycloakUrl: 'http://localhost:8180', realm: 'iwaki' }).success).toBe(false);
  });
});
