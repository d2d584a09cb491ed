import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { demoKeys } from './keys';

export const getOutbox = (signal?: AbortSignal) => api.call('getOutbox', { query: {}, signal });

/** The demo inbox refreshes every two seconds while it is open. */
export const outboxQuery = (polling: boolean) =>
  queryOptions({
    queryKey: demoKeys.outbox(),
    queryFn: ({ signal }) => getOutbox(signal),
    refetchInterval: polling ? 2000 : false,
    throwOnError: false,
  });

export const useOutbox = (polling: boolean) => useQuery(outboxQuery(polling));
