import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';
import { useReportQuery } from '@/admin/api/report-query';

export type RegistrationsInput = ReportRange & { cursor?: string };

export function useRegistrations(query: RegistrationsInput) {
  return useReportQuery(adminKeys.registrations(query), (signal) => adminApi.call('listRegistrations', { query: { ...query, limit: 25 }, signal }));
}

/** Every registration of the range as CSV (the server answers `text/csv`). */
export const exportRegistrationsCsv = (range: ReportRange) => adminApi.csv('listRegistrations', { query: range });
