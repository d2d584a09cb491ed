import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackendKit, none } from '../testing/backend-fixture';
import { createKit } from '../testing/reset-fixture';
import { ProblemError } from './operations';

/**
 * Every guarded transition under a burst of parallel calls: one winner, the rest refused, and no
 * limit passed (issue 11, defect 2). The checks hash (and so yield), which is where the races were.
 */

type Outcome = { ok: true } | { ok: false; status: number; code: string };

async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return { ok: true };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, status: error.problem.status, code: error.problem.code };
    throw error;
  }
}

const burst = (count: number, call: (index: number) => Promise<unknown>) =>
  Promise.all(Array.from({ length: count }, (_, index) => outcome(call(index))));

const wins = (outcomes: Outcome[]) => outcomes.filter((entry) => entry.ok).length;
const withCode = (outcomes: Outcome[], code: string) => outcomes.filter((entry) => !entry.ok && entry.code === code).length;
/** The statuses of the refusals, each once. */
const refusals = (outcomes: Outcome[]) => [...new Set(outcomes.flatMap((entry) => (entry.ok ? [] : [entry.status])))].sort();

const sizes = fc.integer({ min: 2, max: 24 });
const runs = { numRuns: 4 };

async function verifiedFlow() {
  const kit = await createKit();
  const flow = await kit.start('ada@contoso.com');
  const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
  return { kit, flow, challenge, code: kit.lastCode('ada.lovelace@fabrikam.com') };
}

describe('parallel calls at every guarded transition', () => {
  it('Race: one right code verifies once; the rest get 409 conflict', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (count) => {
        const { kit, flow, challenge, code } = await verifiedFlow();
        const outcomes = await burst(count, () => kit.verify(flow.flowId, challenge.challengeId, { code }));
        expect(wins(outcomes)).toBe(1);
        expect(refusals(outcomes)).toEqual(count > 1 ? [409] : []);
      }),
      runs,
    );
  });

  it('Race: wrong codes are checked at most 5 times (the limit); the rest get 429', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 6, max: 30 }), async (count) => {
        const { kit, flow, challenge } = await verifiedFlow();
        const outcomes = await burst(count, (index) => kit.verify(flow.flowId, challenge.challengeId, { code: String(10_000_000 + index) }));
        expect(withCode(outcomes, 'invalid_code')).toBe(5);
        expect(withCode(outcomes, 'throttled')).toBe(count - 5);
        expect(kit.state.throttles.get('u-ada')?.failedVerifications).toHaveLength(5);
      }),
      runs,
    );
  });

  it('Race: a verified flow sets one password; the rest get 409 conflict', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (count) => {
        const { kit, flow, challenge, code } = await verifiedFlow();
        await kit.verify(flow.flowId, challenge.challengeId, { code });
        const outcomes = await burst(count, (index) => kit.setPassword(flow.flowId, `Quiet-Harbour-Lamp-${index}x`));
        expect(wins(outcomes)).toBe(1);
        expect(refusals(outcomes)).toEqual(count > 1 ? [409] : []);
        expect(kit.state.reports.resets.filter((row) => row.result === 'succeeded')).toHaveLength(1);
      }),
      runs,
    );
  });

  it('Race: wrong current passwords meet the lock after 10 tries; the rest get 429', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 11, max: 40 }), async (count) => {
        const kit = await createBackendKit();
        const context = await kit.as('adele@contoso.com');
        const outcomes = await burst(count, (index) =>
          kit.backend.operations.changePassword({ ...none, body: { currentPassword: `wrong-${index}`, newPassword: 'Quiet-Harbour-Lamp-42' } }, context),
        );
        expect(withCode(outcomes, 'password_policy')).toBe(10);
        expect(withCode(outcomes, 'throttled')).toBe(count - 10);
      }),
      runs,
    );
  });

  it('Race: parallel changes from the same current password: exactly one succeeds', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (count) => {
        const kit = await createBackendKit();
        const context = await kit.as('adele@contoso.com');
        const outcomes = await burst(count, (index) =>
          kit.backend.operations.changePassword({ ...none, body: { currentPassword: 'Adele-Demo-2026!', newPassword: `Quiet-Harbour-Lamp-${index}x` } }, context),
        );
        expect(wins(outcomes)).toBe(1);
        // The losers typed what is no longer the current password: wrong tries, up to the lock.
        const wrongTries = Math.min(count - 1, 10);
        expect(withCode(outcomes, 'password_policy')).toBe(wrongTries);
        expect(withCode(outcomes, 'throttled')).toBe(count - 1 - wrongTries);
      }),
      runs,
    );
  });

  it('Race: a registration code completes once, and wrong ones are checked at most 5 times', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (count) => {
        const kit = await createBackendKit();
        const context = await kit.as('adele@contoso.com');
        const ops = kit.backend.operations;
        const address = 'adele.new@fabrikam.com';
        const wrong = await ops.startEmailVerification({ ...none, body: { value: address } }, context);
        const wrongOutcomes = await burst(count + 5, (index) =>
          ops.completeEmail({ ...none, body: { verificationId: wrong.verificationId, code: String(10_000_000 + index) } }, context),
        );
        expect(wrongOutcomes.every((entry) => !entry.ok)).toBe(true);
        expect(kit.backend.deps.state().verifications.get(wrong.verificationId)?.failedAttempts).toBe(5);

        const registrations = () => kit.backend.deps.state().audit.filter((row) => row.activity === 'registerEmail').length;
        const before = registrations();
        const right = await ops.startEmailVerification({ ...none, body: { value: address } }, context);
        const code = kit.backend.deps.state().outbox.at(-1)?.code ?? '';
        const rightOutcomes = await burst(count, () => ops.completeEmail({ ...none, body: { verificationId: right.verificationId, code } }, context));
        expect(wins(rightOutcomes)).toBe(1);
        expect(registrations() - before).toBe(1);
      }),
      runs,
    );
  });
});
