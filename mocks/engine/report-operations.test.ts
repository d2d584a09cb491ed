import { describe, expect, it } from 'vitest';
import { parseCsv } from '../rules/csv';
import { createBackendKit } from '../testing/backend-fixture';
import { reportRange } from './report-operations';

const none = { params: undefined, query: undefined, body: undefined } as const;

describe('reports', () => {
  it('Reports: the range defaults to the last 30 days, both ends inclusive', () => {
    expect(reportRange({}, Date.parse('2026-03-02T09:00:00Z'))).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    expect(reportRange({ to: '2026-01-31' }, Date.parse('2026-03-02T09:00:00Z'))).toEqual({ from: '2026-01-02', to: '2026-01-31' });
  });

  it('Reports: rows come newest first, only from the range, paged by cursor', async () => {
    const kit = await createBackendKit({ generatedUsers: 200 });
    const admin = await kit.as('admin@contoso.com');
    const page = await kit.backend.operations.listResets({ ...none, query: { from: '2026-02-20', to: '2026-02-21', limit: 5 } }, admin);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((row) => row.occurredAt >= '2026-02-20' && row.occurredAt < '2026-02-22')).toBe(true);
    const times = page.items.map((row) => row.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    if (page.total > 5) {
      const next = await kit.backend.operations.listResets({ ...none, query: { from: '2026-02-20', to: '2026-02-21', limit: 5, cursor: page.nextCursor ?? undefined } }, admin);
      expect(next.items[0]?.occurredAt ?? '').not.toBe('');
      expect((next.items[0]?.occurredAt ?? '') <= (times.at(-1) ?? '')).toBe(true);
    }
  });

  it('Reports: the result and activity filters', async () => {
    const kit = await createBackendKit({ generatedUsers: 200 });
    const admin = await kit.as('admin@contoso.com');
    const failed = await kit.backend.operations.listResets({ ...none, query: { result: 'failed', limit: 200 } }, admin);
    expect(failed.items.length).toBeGreaterThan(0);
    expect(failed.items.every((row) => row.result === 'failed' && row.reason !== null)).toBe(true);
    const audit = await kit.backend.operations.listAudit({ ...none, query: { activity: 'registerSecurityInfo', limit: 200 } }, admin);
    expect(audit.items.every((row) => row.activity === 'registerSecurityInfo')).toBe(true);
  });

  it('Reports: the summary counts people in scope, registered, able to reset, and resets by result and by day', async () => {
    const kit = await createBackendKit({ generatedUsers: 200 });
    const admin = await kit.as('admin@contoso.com');
    const summary = await kit.backend.operations.getReportSummary({ ...none, query: { from: '2026-02-01', to: '2026-03-02' } }, admin);
    expect(summary.resetsByDay).toHaveLength(30);
    expect(summary.registrationsByDay).toHaveLength(30);
    expect(summary.inScope).toBeLessThanOrEqual(summary.totalUsers);
    expect(summary.registered).toBeLessThanOrEqual(summary.inScope);
    expect(summary.ableToReset).toBeLessThanOrEqual(summary.registered);
    const resets = await kit.backend.operations.listResets({ ...none, query: { from: '2026-02-01', to: '2026-03-02', result: 'succeeded', limit: 1 } }, admin);
    expect(summary.resets.succeeded).toBe(resets.total);
    expect(summary.resetsByDay.reduce((sum, day) => sum + day.succeeded, 0)).toBe(resets.total);
    expect(summary.methodUsage.map((usage) => usage.method)).toEqual(['email', 'mobilePhone', 'officePhone', 'app', 'questions']);
  });

  it('Reports: a new registration shows up in the report at once', async () => {
    const kit = await createBackendKit();
    const admin = await kit.as('admin@contoso.com');
    const adele = await kit.as('adele@contoso.com');
    await kit.backend.operations.confirmSecurityInfo({ ...none, body: {} }, adele);
    const nestor = await kit.as('nestor@contoso.com');
    const started = await kit.backend.operations.startEmailVerification({ ...none, body: { value: 'n@fabrikam.com' } }, nestor);
    const code = kit.backend.deps.state().outbox.at(-1)?.code ?? '';
    await kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, nestor);
    const page = await kit.backend.operations.listRegistrations({ ...none, query: { limit: 1 } }, admin);
    expect(page.items[0]).toMatchObject({ userPrincipalName: 'nestor@contoso.com', role: 'user', methods: ['email'] });
  });

  it('Reports: a reset nobody finished counts as abandoned once its flow expires', async () => {
    const kit = await createBackendKit();
    const admin = await kit.as('admin@contoso.com');
    kit.backend.deps.state().policy.captcha = false;
    await kit.backend.operations.startReset({ ...none, body: { userId: 'adele@contoso.com' } }, { token: null });
    kit.tick(16 * 60 * 1000);
    const page = await kit.backend.operations.listResets({ ...none, query: { result: 'abandoned', limit: 1 } }, admin);
    expect(page.items[0]).toMatchObject({ userPrincipalName: 'adele@contoso.com', result: 'abandoned' });
  });

  it('Reports: CSV has every row of the range with a header', async () => {
    const kit = await createBackendKit({ generatedUsers: 200 });
    const admin = await kit.as('admin@contoso.com');
    const query = { from: '2026-02-01', to: '2026-03-02', limit: 5 };
    const csv = await kit.backend.csv.listResets({ ...none, query }, admin);
    const page = await kit.backend.operations.listResets({ ...none, query }, admin);
    const parsed = parseCsv(csv);
    expect(parsed.rows[0]).toEqual(['id', 'occurredAt', 'userId', 'userPrincipalName', 'role', 'methods', 'result', 'reason']);
    expect(parsed.rows.length - 1).toBe(page.total);
    const audit = parseCsv(await kit.backend.csv.listAudit({ ...none, query }, admin));
    expect(audit.rows[0]).toEqual(['id', 'occurredAt', 'activity', 'actor', 'target', 'result', 'reason']);
  });
});
