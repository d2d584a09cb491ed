import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { adminKeys } from './keys';

export const listGroups = (signal?: AbortSignal) => api.call('listGroups', { signal });

export const groupsQuery = () =>
  queryOptions({ queryKey: adminKeys.groups(), queryFn: ({ signal }) => listGroups(signal), select: (answer) => answer.items });

export function useGroups() {
  return useQuery(groupsQuery());
}
