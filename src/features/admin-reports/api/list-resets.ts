import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import type { ResetResult } from '@/api/schemas/reports';
import { adminKeys, type ReportRange } from '@/admin/api/keys';

export type ResetsInput = ReportRange & { result?: ResetResult; cursor?: string };

export const listResets = (query: ResetsInput, signal?: AbortSignal) =>
  adminApi.call('listResets', { query: { ...query, limit: 25 }, signal });

export const resetsQuery = (query: ResetsInput) =>
  queryOptions({
    queryKey: adminKeys.resets(query),
    queryFn: ({ signal }) => listResets(query, signal),
    placeholderData: keepPreviousData,
  });

export function useResets(query: ResetsInput) {
  return useQuery(resetsQuery(query));
}

export const exportResetsCsv = (query: ReportRange & { result?: ResetResult }) => adminApi.csv('listResets', { query });
