import type { AuditRow, RegistrationRow, ReportSummary, ResetResult, ResetRow } from '@/api';
import type { PortalState } from '../store/state';
import type { EngineDeps } from './deps';
import { adminUser } from './auth';
import { allUsers } from './directory-index';
import { page } from './directory-operations';
import { checkEligibility, isInScope, isRegistered } from './eligibility';
import type { CsvOperations, Operations } from './operations';
import { sweepExpiredFlows } from './reset';
import { toCsv } from '../rules/csv';

type ReportOperations = Pick<Operations, 'getReportSummary' | 'listRegistrations' | 'listResets' | 'listAudit'>;

const dayMs = 24 * 60 * 60 * 1000;
/** The default range: the last 30 days, today included. */
export const defaultRangeDays = 30;

export interface DateRange {
  from: string;
  to: string;
}

const isoDate = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** `from`/`to` as given (both inclusive), each defaulting to the last 30 days ending today. */
export function reportRange(query: { from?: string | undefined; to?: string | undefined }, now: number): DateRange {
  const to = query.to ?? isoDate(now);
  const from = query.from ?? isoDate(Date.parse(`${to}T00:00:00Z`) - (defaultRangeDays - 1) * dayMs);
  return { from, to };
}

/** Rows of the range, newest first (rows are stored oldest first). */
function rowsInRange<T extends { occurredAt: string }>(rows: readonly T[], range: DateRange, keep: (row: T) => boolean = () => true): T[] {
  const out: T[] = [];
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const row = rows[i] as T;
    const date = row.occurredAt.slice(0, 10);
    if (date < range.from) break;
    if (date <= range.to && keep(row)) out.push(row);
  }
  return out;
}

function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  const end = Date.parse(`${range.to}T00:00:00Z`);
  // At most a little over two years of buckets, so a silly range can't build a huge answer.
  for (let day = Date.parse(`${range.from}T00:00:00Z`); day <= end && days.length < 800; day += dayMs) days.push(isoDate(day));
  return days;
}

/** Reset kinds and registration kinds counted as one method each. */
const methodOfKind: Record<string, string> = {
  email: 'email',
  mobilePhone: 'mobilePhone',
  mobileText: 'mobilePhone',
  mobileCall: 'mobilePhone',
  officePhone: 'officePhone',
  officeCall: 'officePhone',
  app: 'app',
  appCode: 'app',
  appNotification: 'app',
  questions: 'questions',
};
const summaryMethods = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'] as const;

export function reportSummary(state: PortalState, range: DateRange): ReportSummary {
  let totalUsers = 0;
  let inScope = 0;
  let registered = 0;
  let ableToReset = 0;
  for (const user of allUsers(state)) {
    totalUsers += 1;
    if (!user.accountEnabled || !isInScope(state, user)) continue;
    inScope += 1;
    if (isRegistered(state, user)) registered += 1;
    if (checkEligibility(state, user) === null) ableToReset += 1;
  }

  const days = daysOf(range);
  const registrationsByDay = new Map(days.map((date) => [date, 0]));
  const resetsByDay = new Map(days.map((date) => [date, { succeeded: 0, failed: 0 }]));
  const usage = new Map<string, { registrations: number; resets: number }>(summaryMethods.map((method) => [method, { registrations: 0, resets: 0 }]));
  const resets: Record<ResetResult, number> = { succeeded: 0, failed: 0, blocked: 0, abandoned: 0, cancelled: 0, contactedAdmin: 0 };

  for (const row of rowsInRange(state.reports.registrations, range)) {
    const date = row.occurredAt.slice(0, 10);
    registrationsByDay.set(date, (registrationsByDay.get(date) ?? 0) + 1);
    for (const method of new Set(row.methods.map((kind) => methodOfKind[kind] ?? kind))) {
      const entry = usage.get(method);
      if (entry) entry.registrations += 1;
    }
  }
  for (const row of rowsInRange(state.reports.resets, range)) {
    resets[row.result] += 1;
    const day = resetsByDay.get(row.occurredAt.slice(0, 10));
    if (day && row.result === 'succeeded') day.succeeded += 1;
    if (day && (row.result === 'failed' || row.result === 'blocked')) day.failed += 1;
    for (const method of new Set(row.methods.map((kind) => methodOfKind[kind] ?? kind))) {
      const entry = usage.get(method);
      if (entry) entry.resets += 1;
    }
  }

  return {
    from: range.from,
    to: range.to,
    totalUsers,
    inScope,
    registered,
    ableToReset,
    resets,
    registrationsByDay: [...registrationsByDay].map(([date, count]) => ({ date, count })),
    resetsByDay: [...resetsByDay].map(([date, counts]) => ({ date, ...counts })),
    methodUsage: [...usage].map(([method, counts]) => ({ method, ...counts })),
  };
}

const registrationColumns = ['id', 'occurredAt', 'userId', 'userPrincipalName', 'role', 'methods'] as const;
const resetColumns = [...registrationColumns, 'result', 'reason'] as const;
const auditColumns = ['id', 'occurredAt', 'activity', 'actor', 'target', 'result', 'reason'] as const;

function registrationCells(row: RegistrationRow): string[] {
  return [row.id, row.occurredAt, row.userId, row.userPrincipalName, row.role, row.methods.join(';')];
}
function resetCells(row: ResetRow): string[] {
  return [...registrationCells(row), row.result, row.reason ?? ''];
}
function auditCells(row: AuditRow): string[] {
  return [row.id, row.occurredAt, row.activity, row.actor, row.target ?? '', row.result, row.reason ?? ''];
}

type RangeQuery = { from?: string | undefined; to?: string | undefined };

/** The rows a report query selects, newest first (the list pages them, the CSV takes them all). */
function reportRows(deps: EngineDeps) {
  const range = (query: RangeQuery) => reportRange(query, deps.now());
  return {
    range,
    registrations: (query: RangeQuery) => rowsInRange(deps.state().reports.registrations, range(query)),
    resets(query: RangeQuery & { result?: ResetResult | undefined }) {
      // Flows nobody touched since they expired are reported abandoned before anyone reads.
      sweepExpiredFlows(deps);
      return rowsInRange(deps.state().reports.resets, range(query), (row) => query.result === undefined || row.result === query.result);
    },
    audit: (query: RangeQuery & { activity?: string | undefined }) =>
      rowsInRange(deps.state().audit, range(query), (row) => query.activity === undefined || row.activity === query.activity),
  };
}

export function createReportOperations(deps: EngineDeps): ReportOperations {
  const rows = reportRows(deps);
  return {
    async getReportSummary({ query }, context) {
      adminUser(deps, context);
      sweepExpiredFlows(deps);
      return reportSummary(deps.state(), rows.range(query));
    },
    async listRegistrations({ query }, context) {
      adminUser(deps, context);
      return page(rows.registrations(query), query.cursor, query.limit);
    },
    async listResets({ query }, context) {
      adminUser(deps, context);
      return page(rows.resets(query), query.cursor, query.limit);
    },
    async listAudit({ query }, context) {
      adminUser(deps, context);
      return page(rows.audit(query), query.cursor, query.limit);
    },
  };
}

/** `Accept: text/csv`: every row of the range (filters apply, paging doesn't). */
export function createReportCsvOperations(deps: EngineDeps): CsvOperations {
  const rows = reportRows(deps);
  return {
    async listRegistrations({ query }, context) {
      adminUser(deps, context);
      return toCsv(registrationColumns, rows.registrations(query).map(registrationCells));
    },
    async listResets({ query }, context) {
      adminUser(deps, context);
      return toCsv(resetColumns, rows.resets(query).map(resetCells));
    },
    async listAudit({ query }, context) {
      adminUser(deps, context);
      return toCsv(auditColumns, rows.audit(query).map(auditCells));
    },
  };
}
