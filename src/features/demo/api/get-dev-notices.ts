import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { demoKeys } from './keys';

export const getDevNotices = (signal?: AbortSignal) => api.call('getDevNotices', { signal });

export const devNoticesQuery = () =>
  queryOptions({ queryKey: demoKeys.notices(), queryFn: ({ signal }) => getDevNotices(signal), staleTime: Number.POSITIVE_INFINITY, throwOnError: false });

export const useDevNotices = () => useQuery(devNoticesQuery());
