import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';
import { useReportQuery } from '@/admin/api/report-query';

export type AuditInput = ReportRange & { activity?: string; cursor?: string };

export function useAudit(query: AuditInput) {
  return useReportQuery(adminKeys.audit(query), (signal) => adminApi.call('listAudit', { query: { ...query, limit: 25 }, signal }));
}

export const exportAuditCsv = (query: ReportRange & { activity?: string }) => adminApi.csv('listAudit', { query });
