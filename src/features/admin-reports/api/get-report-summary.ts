import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';

export const getReportSummary = (range: ReportRange, signal?: AbortSignal) =>
  adminApi.call('getReportSummary', { query: range, signal });

export const reportSummaryQuery = (range: ReportRange) =>
  queryOptions({
    queryKey: adminKeys.summary(range),
    queryFn: ({ signal }) => getReportSummary(range, signal),
    placeholderData: keepPreviousData,
  });

export function useReportSummary(range: ReportRange) {
  return useQuery(reportSummaryQuery(range));
}
