import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { securityInfoKeys } from './keys';

export const getSecurityInfo = (signal?: AbortSignal) => api.call('getSecurityInfo', { signal });

export const securityInfoQuery = () =>
  queryOptions({ queryKey: securityInfoKeys.all, queryFn: ({ signal }) => getSecurityInfo(signal) });

export const useSecurityInfo = () => useQuery(securityInfoQuery());
