import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { ApiError, toProblem } from '../problem';

/** The one API client. Same origin: in dev and preview Vite proxies /api to the backend. */
export const apiClient = createClient<paths>({ baseUrl: '' });

let bearer: Middleware | undefined;
let tokenSource: () => Promise<string | undefined> = () => Promise.resolve(undefined);

/** The current access token, for the few requests made outside {@link apiClient} (files, images). */
export function accessToken(): Promise<string | undefined> {
  return tokenSource();
}

/** Makes every request carry `Authorization: Bearer <token>` from the given source. */
export function setAccessTokenSource(getToken: () => Promise<string | undefined>): void {
  tokenSource = getToken;
  if (bearer) apiClient.eject(bearer);
  bearer = {
    async onRequest({ request }) {
      const token = await getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  apiClient.use(bearer);
}

/**
 * Resolves to the data of a 2xx answer, throws {@link ApiError} otherwise, so that
 * TanStack Query's caches see every failure and the global handler can act on it.
 */
export async function call<D>(
  request: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<{ data: D; response: Response }> {
  const { data, error, response } = await request;
  if (!response.ok || error !== undefined || data === undefined) {
    throw new ApiError(response.status, toProblem(error));
  }
  return { data, response };
}
