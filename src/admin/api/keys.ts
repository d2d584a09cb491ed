import type { UserListQuery } from '@/api/schemas/directory';

/** A report's date range, shared by the reports and audit screens. */
export type ReportRange = { from?: string; to?: string };

/** Query keys of the admin console; `all` invalidates everything the console shows. */
export const adminKeys = {
  all: ['admin'] as const,
  policy: () => [...adminKeys.all, 'policy'] as const,
  branding: () => [...adminKeys.all, 'branding'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: (query: Partial<UserListQuery>) => [...adminKeys.users(), 'list', query] as const,
  user: (id: string) => [...adminKeys.users(), 'detail', id] as const,
  groups: () => [...adminKeys.all, 'groups'] as const,
  reports: () => [...adminKeys.all, 'reports'] as const,
  summary: (range: ReportRange) => [...adminKeys.reports(), 'summary', range] as const,
  registrations: (query: ReportRange & { cursor?: string }) => [...adminKeys.reports(), 'registrations', query] as const,
  resets: (query: ReportRange & { result?: string; cursor?: string }) => [...adminKeys.reports(), 'resets', query] as const,
  audit: (query: ReportRange & { activity?: string; cursor?: string }) => [...adminKeys.all, 'audit', query] as const,
};
