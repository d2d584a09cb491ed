import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';

export type AuditInput = ReportRange & { activity?: string; cursor?: string };

export const listAudit = (query: AuditInput, signal?: AbortSignal) =>
  adminApi.call('listAudit', { query: { ...query, limit: 25 }, signal });

export const auditQuery = (query: AuditInput) =>
  queryOptions({ queryKey: adminKeys.audit(query), queryFn: ({ signal }) => listAudit(query, signal), placeholderData: keepPreviousData });

export function useAudit(query: AuditInput) {
  return useQuery(auditQuery(query));
}

export const exportAuditCsv = (query: ReportRange & { activity?: string }) => adminApi.csv('listAudit', { query });
