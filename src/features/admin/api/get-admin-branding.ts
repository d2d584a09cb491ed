import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/api/api-client';
import { adminKeys } from './keys';

export const getAdminBranding = (signal?: AbortSignal) => api.call('getAdminBranding', { signal });

export const adminBrandingQuery = () =>
  queryOptions({ queryKey: adminKeys.branding(), queryFn: ({ signal }) => getAdminBranding(signal) });

export function useAdminBranding() {
  return useQuery(adminBrandingQuery());
}
