import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { adminKeys } from './keys';

export const getPolicy = (signal?: AbortSignal) => api.call('getPolicy', { signal });

export const policyQuery = () => queryOptions({ queryKey: adminKeys.policy(), queryFn: ({ signal }) => getPolicy(signal) });

export function usePolicy() {
  return useQuery(policyQuery());
}
