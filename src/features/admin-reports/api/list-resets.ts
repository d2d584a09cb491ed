import { adminApi } from '@/api/admin-client';
import type { ResetResult } from '@/api/schemas/reports';
import { adminKeys, type ReportRange } from '@/admin/api/keys';
import { useReportQuery } from '@/admin/api/report-query';

export type ResetsInput = ReportRange & { result?: ResetResult; cursor?: string };

export function useResets(query: ResetsInput) {
  return useReportQuery(adminKeys.resets(query), (signal) => adminApi.call('listResets', { query: { ...query, limit: 25 }, signal }));
}

export const exportResetsCsv = (query: ReportRange & { result?: ResetResult }) => adminApi.csv('listResets', { query });
