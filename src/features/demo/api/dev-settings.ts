import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DevSettings } from '@/api';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

export const getDevSettings = (signal?: AbortSignal) => devApi.call('getDevSettings', { signal });

export const devSettingsQuery = (enabled: boolean) =>
  queryOptions({ queryKey: demoKeys.settings(), queryFn: ({ signal }) => getDevSettings(signal), enabled, throwOnError: false });

/** The mock's latency and failure rate (asked when the demo tools open). */
export const useDevSettings = (enabled: boolean) => useQuery(devSettingsQuery(enabled));

export const putDevSettings = (body: DevSettings) => devApi.call('putDevSettings', { body });

export const usePutDevSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: putDevSettings, onSuccess: (settings) => queryClient.setQueryData(demoKeys.settings(), settings) });
};
