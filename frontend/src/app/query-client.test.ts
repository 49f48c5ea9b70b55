import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/problem';
import { createQueryClient } from './query-client';

function setup() {
  const handlers = { signIn: vi.fn(), notify: vi.fn() };
  return { handlers, client: createQueryClient(handlers) };
}

describe('the global error handler', () => {
  it('signs in again when a query answers 401', async () => {
    const { handlers, client } = setup();
    await client
      .fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(new ApiError(401, undefined)) })
      .catch(() => undefined);
    expect(handlers.signIn).toHaveBeenCalledOnce();
    expect(handlers.notify).not.toHaveBeenCalled();
  });

  it('notifies when a mutation is forbidden', async () => {
    const { handlers, client } = setup();
    const error = new ApiError(403, undefined);
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(error) })
      .execute(undefined)
      .catch(() => undefined);
    expect(handlers.notify).toHaveBeenCalledWith(error);
  });

  it('leaves a 412 to the screen', async () => {
    const { handlers, client } = setup();
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(new ApiError(412, undefined)) })
      .execute(undefined)
      .catch(() => undefined);
    expect(handlers.notify).not.toHaveBeenCalled();
    expect(handlers.signIn).not.toHaveBeenCalled();
  });
});
