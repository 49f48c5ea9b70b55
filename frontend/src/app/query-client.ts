import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, classifyError } from '@/lib/problem';

export interface ErrorHandlers {
  /** The token is no longer accepted: sign in again and come back. */
  signIn: () => void;
  /** 403, 5xx, no answer: tell the user. */
  notify: (error: unknown) => void;
}

/**
 * The one global error handler. Screens handle what is theirs (400 field errors, 404,
 * 412); everything that means "you must sign in" or "something is wrong beyond this
 * screen" is handled here, once.
 */
export function createQueryClient(handlers: ErrorHandlers): QueryClient {
  const onError = (error: unknown) => {
    switch (classifyError(error)) {
      case 'sign-in':
        handlers.signIn();
        break;
      case 'notify':
        handlers.notify(error);
        break;
      case 'local':
        break;
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // Retry what may pass a moment later (no answer, 5xx), never a 4xx.
        retry: (failures, error) =>
          failures < 2 && (!(error instanceof ApiError) || error.status >= 500),
      },
    },
  });
}
