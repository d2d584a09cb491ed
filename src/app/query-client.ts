import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, UnreachableError } from '@/api';
import { sessionStore } from '@/api/session-store';

/** 5xx, an unreachable server or a broken payload: not something the person can fix on a form. */
export function isServerProblem(error: unknown): boolean {
  return !isApiError(error) || error.status >= 500 || error.status === 0;
}

/** Worth asking again: a server problem, but not a web server that has no API behind it. */
export function isWorthRetrying(error: unknown): boolean {
  return isServerProblem(error) && !(error instanceof UnreachableError && error.answered);
}

export interface QueryClientOptions {
  /** Where background failures are shown (a toast). */
  onProblem?: (error: unknown) => void;
  /** Tests turn retries off. */
  retry?: boolean;
}

/**
 * Server errors of a first load go to the route's error boundary; a failed background refresh
 * or a failed mutation on the server's side becomes a toast; 4xx stay with the form that caused
 * them. A dead session signs the person out wherever it shows up.
 */
export function createQueryClient({ onProblem, retry = true }: QueryClientOptions = {}): QueryClient {
  const signOutWhenDead = (error: unknown) => {
    if (isApiError(error) && error.code === 'unauthenticated') sessionStore.clear();
  };
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        signOutWhenDead(error);
        if (query.state.data !== undefined && isServerProblem(error)) onProblem?.(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        signOutWhenDead(error);
        if (isServerProblem(error)) onProblem?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        retry: retry ? (failureCount, error) => isWorthRetrying(error) && failureCount < 2 : false,
        refetchOnWindowFocus: false,
        throwOnError: (error, query) => isServerProblem(error) && query.state.data === undefined,
      },
      // A mutation's variables hold what the person typed (passwords, codes, answers): the
      // cache drops it as soon as the form that sent it is gone.
      mutations: { retry: false, gcTime: 0 },
    },
  });
}
