import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import type { UserListQuery } from '@/api/schemas/directory';
import { adminKeys } from './keys';

export type UserListInput = Partial<UserListQuery>;

export const listUsers = (query: UserListInput, signal?: AbortSignal) => api.call('listUsers', { query, signal });

export const usersQuery = (query: UserListInput) =>
  queryOptions({ queryKey: adminKeys.userList(query), queryFn: ({ signal }) => listUsers(query, signal), placeholderData: keepPreviousData });

export function useUsers(query: UserListInput) {
  return useQuery(usersQuery(query));
}
