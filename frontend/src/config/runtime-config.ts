import * as z from 'zod/mini';

/** `/config.json`, served by the Vite server from its environment (see vite.config.ts). */
export const runtimeConfigSchema = z.object({
  keycloakUrl: z.pipe(
    z.url(),
    z.transform((url: string) => url.replace(/\/+$/, '')),
  ),
  realm: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchFn('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return runtimeConfigSchema.parse(await response.json());
}
