import { queryOptions, useQuery } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

export const getOutbox = (signal?: AbortSignal) => devApi.call('getOutbox', { query: {}, signal });

/** The demo inbox refreshes every two seconds while it is open. */
export const outboxQuery = (polling: boolean) =>
  queryOptions({
    queryKey: demoKeys.outbox(),
    queryFn: ({ signal }) => getOutbox(signal),
    refetchInterval: polling ? 2000 : false,
    throwOnError: false,
  });

export const useOutbox = (polling: boolean) => useQuery(outboxQuery(polling));
