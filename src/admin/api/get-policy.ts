import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from './keys';

export const getPolicy = (signal?: AbortSignal) => adminApi.call('getPolicy', { signal });

export const policyQuery = () => queryOptions({ queryKey: adminKeys.policy(), queryFn: ({ signal }) => getPolicy(signal) });

export function usePolicy() {
  return useQuery(policyQuery());
}
