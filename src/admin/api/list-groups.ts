import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from './keys';

export const listGroups = (signal?: AbortSignal) => adminApi.call('listGroups', { signal });

export const groupsQuery = () =>
  queryOptions({ queryKey: adminKeys.groups(), queryFn: ({ signal }) => listGroups(signal), select: (answer) => answer.items });

export function useGroups() {
  return useQuery(groupsQuery());
}
