import { queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys } from '@/admin/api/keys';

export const getAdminBranding = (signal?: AbortSignal) => adminApi.call('getAdminBranding', { signal });

export const adminBrandingQuery = () =>
  queryOptions({ queryKey: adminKeys.branding(), queryFn: ({ signal }) => getAdminBranding(signal) });

export function useAdminBranding() {
  return useQuery(adminBrandingQuery());
}
