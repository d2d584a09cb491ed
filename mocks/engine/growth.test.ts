import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf, type BackendKit } from '../testing/backend-fixture';
import type { RequestContext } from './operations';

const minute = 60 * 1000;
const dayMs = 24 * 60 * minute;

const start = (kit: BackendKit, userId: string, context: RequestContext = { token: null, client: 'client-a' }) =>
  kit.backend.operations.startReset({ ...none, body: { userId } }, context);
/** A call that has nothing to do with resets or reports: the sweep must not wait for those. */
const unrelated = (kit: BackendKit) => kit.backend.operations.getBranding(none, { token: null });

describe('growth: retention and caps (issue 11, defect 8)', () => {
  it('Retention: report and audit rows older than 90 days are swept on the clock, without a report being read', async () => {
    const kit = await createBackendKit();
    const state = () => kit.backend.deps.state();
    expect(state().reports.resets.length).toBeGreaterThan(0);
    const before = state().reports.resets.length;
    const olderThan90Days = () => {
      const cutoff = new Date(kit.backend.deps.now() - 90 * dayMs).toISOString();
      return [state().reports.resets, state().reports.registrations, state().audit].flatMap((rows) => rows.filter((row) => row.occurredAt < cutoff));
    };
    kit.tick(45 * dayMs);
    await unrelated(kit);
    expect(olderThan90Days()).toEqual([]);
    // The seed's history spans 90 days: about half of it is past the cutoff now.
    expect(state().reports.resets.length).toBeGreaterThan(0);
    expect(state().reports.resets.length).toBeLessThan(before);
    kit.tick(46 * dayMs);
    await unrelated(kit);
    expect(olderThan90Days()).toEqual([]);
    expect(state().reports.resets).toEqual([]);
  });

  it('Retention: an abandoned flow is reported and later dropped on the clock, though nobody touches it again', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.captcha = false;
    const flow = await start(kit, 'adele@contoso.com');
    kit.tick(16 * minute);
    await unrelated(kit);
    expect(kit.backend.deps.state().reports.resets.at(-1)).toMatchObject({ result: 'abandoned', reason: 'flow_expired' });
    kit.tick(dayMs);
    await unrelated(kit);
    expect(kit.backend.deps.state().flows.has(flow.flowId)).toBe(false);
  });

  it('Retention: expired sessions, idle throttles and client counters go too', async () => {
    const kit = await createBackendKit();
    await kit.as('adele@contoso.com');
    await problemOf(kit.backend.operations.signIn({ ...none, body: { userId: 'nobody@contoso.com', password: 'x' } }, { token: null, client: 'c' }));
    expect(kit.backend.deps.state().throttles.size).toBeGreaterThan(0);
    kit.tick(2 * dayMs);
    await unrelated(kit);
    const state = kit.backend.deps.state();
    expect([state.sessions.size, state.throttles.size, state.clients.size]).toEqual([0, 0, 0]);
  });

  it('Caps: one client gets 60 reset starts in 10 minutes, then 429 for any user ID (known or not); other clients are not held up', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.captcha = false;
    for (let i = 0; i < 60; i += 1) await start(kit, `nobody-${i}@contoso.com`);
    expect(await problemOf(start(kit, 'nobody-61@contoso.com'))).toMatchObject({ status: 429, code: 'throttled' });
    expect(await problemOf(start(kit, 'adele@contoso.com'))).toMatchObject({ status: 429, code: 'throttled' });
    await expect(start(kit, 'adele@contoso.com', { token: null, client: 'client-b' })).resolves.toMatchObject({ step: 'verify' });
    kit.tick(10 * minute);
    await expect(start(kit, 'nobody-62@contoso.com')).resolves.toMatchObject({ step: 'verify' });
  });
});

describe('retention and the saved state', () => {
  it('Retention: after the seed history is swept, a reload still has the rows written since', async () => {
    const { memoryStorage } = await import('../store/persistence');
    const storage = memoryStorage();
    const kit = await createBackendKit({ storage });
    kit.backend.deps.state().policy.captcha = false;
    kit.tick(91 * dayMs);
    await start(kit, 'nobody@contoso.com');
    const rows = kit.backend.deps.state().reports.resets.map((row) => row.id);
    expect(rows).toHaveLength(1);
    const again = await createBackendKit({ storage });
    again.tick(91 * dayMs);
    await again.backend.operations.getBranding(none, { token: null });
    expect(again.backend.deps.state().reports.resets.map((row) => row.id)).toEqual(rows);
  });
});
