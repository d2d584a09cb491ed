import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { adminApi } from '@/api/admin-client';
import { adminKeys, type ReportRange } from '@/admin/api/keys';

export type RegistrationsInput = ReportRange & { cursor?: string };

export const listRegistrations = (query: RegistrationsInput, signal?: AbortSignal) =>
  adminApi.call('listRegistrations', { query: { ...query, limit: 25 }, signal });

export const registrationsQuery = (query: RegistrationsInput) =>
  queryOptions({
    queryKey: adminKeys.registrations(query),
    queryFn: ({ signal }) => listRegistrations(query, signal),
    placeholderData: keepPreviousData,
  });

export function useRegistrations(query: RegistrationsInput) {
  return useQuery(registrationsQuery(query));
}

/** Every registration of the range as CSV (the server answers `text/csv`). */
export const exportRegistrationsCsv = (range: ReportRange) => adminApi.csv('listRegistrations', { query: range });
