import { queryOptions, useQuery } from '@tanstack/react-query';
import { devApi } from '@/api/dev-client';
import { demoKeys } from './keys';

export const getDevNotices = (signal?: AbortSignal) => devApi.call('getDevNotices', { signal });

export const devNoticesQuery = () =>
  queryOptions({ queryKey: demoKeys.notices(), queryFn: ({ signal }) => getDevNotices(signal), staleTime: Number.POSITIVE_INFINITY, throwOnError: false });

export const useDevNotices = () => useQuery(devNoticesQuery());
