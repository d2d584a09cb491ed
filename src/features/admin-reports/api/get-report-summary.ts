import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';
import { useReportQuery } from '@/admin/api/report-query';

export function useReportSummary(range: ReportRange) {
  return useReportQuery(adminKeys.summary(range), (signal) => adminApi.call('getReportSummary', { query: range, signal }));
}
