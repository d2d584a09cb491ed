import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from '@/admin/api/keys';

export const getUser = (id: string, signal?: AbortSignal) => adminApi.call('getUser', { params: { id }, signal });

export const userQuery = (id: string) => queryOptions({ queryKey: adminKeys.user(id), queryFn: ({ signal }) => getUser(id, signal) });

export function useUser(id: string | null) {
  return useQuery({ ...userQuery(id ?? ''), enabled: id !== null });
}
