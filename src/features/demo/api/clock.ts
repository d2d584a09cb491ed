import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

export const getClock = (signal?: AbortSignal) => devApi.call('getClock', { signal });

export const clockQuery = (enabled: boolean) =>
  queryOptions({ queryKey: demoKeys.clock(), queryFn: ({ signal }) => getClock(signal), enabled, throwOnError: false });

/** The mock's current time (asked when the demo tools open). */
export const useClock = (enabled: boolean) => useQuery(clockQuery(enabled));

/** Moves the mock clock forward by `seconds`, or back to real time with `null`. */
export const moveClock = (seconds: number | null) =>
  seconds === null ? devApi.call('resetClock') : devApi.call('advanceClock', { body: { advanceSeconds: seconds } });

/**
 * After the clock moves, everything the app shows may be stale (expiry, reconfirmation, blocks):
 * the clock answer goes into the cache and every query is asked again.
 */
export const useMoveClock = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveClock,
    onSuccess: (clock) => {
      queryClient.setQueryData(demoKeys.clock(), clock);
      void queryClient.invalidateQueries();
    },
  });
};
