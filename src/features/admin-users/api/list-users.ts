import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { UserListQuery } from '@/api/schemas/directory';
import { adminKeys } from '@/admin/api/keys';

export type UserListInput = Partial<UserListQuery>;

export const listUsers = (query: UserListInput, signal?: AbortSignal) => adminApi.call('listUsers', { query, signal });

export const usersQuery = (query: UserListInput) =>
  queryOptions({ queryKey: adminKeys.userList(query), queryFn: ({ signal }) => listUsers(query, signal), placeholderData: keepPreviousData });

export function useUsers(query: UserListInput) {
  return useQuery(usersQuery(query));
}
