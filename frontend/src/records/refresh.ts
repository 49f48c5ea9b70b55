import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Marks every query under these key prefixes stale: those on screen ask again at once,
 * the others when they are next shown. Resolves when the ones on screen have their answer.
 */
export async function refresh(queryClient: QueryClient, prefixes: readonly QueryKey[]): Promise<void> {
  await Promise.all(prefixes.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
