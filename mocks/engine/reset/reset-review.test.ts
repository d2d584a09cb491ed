import { describe, expect, it, vi } from 'vitest';
import { totpCode } from '../../rules/totp';
import { sweepExpiredFlows } from './reset-operations';
import { appSecret, createKit, oldPassword, problemOf, type Kit } from '../../testing/reset-fixture';
import { verifySecret } from '../../rules/crypto';

const minute = 60_000;
const newPassword = 'Blue-Harbour-Lantern-93';

/** Counts PBKDF2 runs (the slow part of every secret comparison) while `work` runs. */
async function hashRuns(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

async function verifiedAda(kit: Kit) {
  const flow = await kit.start('ada@contoso.com');
  const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
  return kit.verify(flow.flowId, challenge.challengeId, { code: kit.lastCode('ada.lovelace@fabrikam.com') });
}

describe('Throttles: the call after the 5th failure', () => {
  it('Throttles: after the 5th failure every verify answers 429, a reused code and a pending push too', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode', 'appNotification'] } });
    const flow = await kit.start('bo@contoso.com');
    const email = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const code = kit.lastCode('bo.private@fabrikam.com');
    await kit.verify(flow.flowId, email.challengeId, { code });
    const push = await kit.challenge(flow.flowId, kit.method(flow, 'appNotification'));
    const app = await kit.challenge(flow.flowId, kit.method(flow, 'appCode'));
    for (let i = 0; i < 5; i += 1) {
      expect(await problemOf(kit.verify(flow.flowId, app.challengeId, { code: '000000' }))).toMatchObject({ status: 422, code: 'invalid_code' });
    }
    expect(await problemOf(kit.verify(flow.flowId, email.challengeId, { code }))).toMatchObject({ status: 429, code: 'throttled' });
    expect(await problemOf(kit.verify(flow.flowId, push.challengeId, { code: '123456' }))).toMatchObject({ status: 429, code: 'throttled' });
  });
});

describe('Enumeration protection: timing', () => {
  it('Enumeration protection: an appCode verify does the same hashing work in a decoy as in a real flow', async () => {
    // Two of two methods: every flow, real or decoy, offers both e-mail and the app.
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode'] } });
    const work = async (userId: string) => {
      const flow = await kit.start(userId);
      const app = await kit.challenge(flow.flowId, kit.method(flow, 'appCode'));
      const wrong = totpCode(appSecret, new Date(kit.deps.now())) === '000000' ? '111111' : '000000';
      return hashRuns(() => problemOf(kit.verify(flow.flowId, app.challengeId, { code: wrong })));
    };
    expect(await work('nobody@contoso.com')).toBe(await work('bo@contoso.com'));
  });

  it('Enumeration protection: the first decoy of a backend does the same hashing work as a real flow', async () => {
    const kit = await createKit();
    const work = async (userId: string) => {
      const flow = await kit.start(userId);
      const email = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
      return hashRuns(() => problemOf(kit.verify(flow.flowId, email.challengeId, { code: '12345678' })));
    };
    // No warm-up: the very first decoy comparison must not cost more than a real one.
    expect(await work('nobody@contoso.com')).toBe(await work('ada@contoso.com'));
  });
});

describe('Reset: eligibility holds to the end', () => {
  it('Reset: a flow cannot set a password once the account was disabled, and changes nothing', async () => {
    const kit = await createKit();
    const flow = await verifiedAda(kit);
    const ada = kit.state.users.get('u-ada');
    if (!ada) throw new Error('missing fixture user');
    ada.accountEnabled = false;
    expect(await problemOf(kit.setPassword(flow.flowId, newPassword))).toMatchObject({ status: 409, code: 'conflict' });
    expect(await verifySecret(oldPassword, ada.passwordHash ?? '')).toBe(true);
  });

  it('Reset: a flow cannot set a password or unlock once the person is no longer eligible', async () => {
    const kit = await createKit();
    const flow = await kit.start('cy@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    await kit.verify(flow.flowId, challenge.challengeId, { code: kit.lastCode('cy@fabrikam.com') });
    kit.state.policy = { ...kit.state.policy, onPremises: { writeback: false, allowUnlock: true } };
    expect(await problemOf(kit.unlock(flow.flowId))).toMatchObject({ status: 409, code: 'conflict' });
    expect(await problemOf(kit.setPassword(flow.flowId, newPassword))).toMatchObject({ status: 409, code: 'conflict' });
    expect(kit.state.users.get('u-cy')?.lockedOut).toBe(true);
  });
});

describe('Reports: abandoned flows', () => {
  it('Reports: an expired flow is recorded abandoned by a sweep, with no further reset call, once', async () => {
    const kit = await createKit();
    await kit.start('ada@contoso.com');
    kit.advance(15 * minute);
    sweepExpiredFlows(kit.deps);
    sweepExpiredFlows(kit.deps);
    const abandoned = kit.state.reports.resets.filter((row) => row.result === 'abandoned');
    expect(abandoned).toMatchObject([{ userId: 'u-ada', reason: 'flow_expired' }]);
  });
});

describe('Enumeration protection: questions', () => {
  it('Enumeration protection: a decoy asks from one fixed set of registerCount questions, as a real person does', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'securityQuestions'] } });
    const askedOver = async (userId: string, times: number) => {
      const asked = new Set<string>();
      for (let i = 0; i < times; i += 1) {
        const flow = await kit.start(userId);
        const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'questions'));
        for (const question of challenge.questions ?? []) asked.add(question.questionId);
      }
      return asked;
    };
    const registerCount = kit.state.policy.questions.registerCount;
    const decoy = await askedOver('nobody@contoso.com', 12);
    expect(decoy.size).toBe(registerCount);
    expect(await askedOver('Nobody@Contoso.com ', 6)).toEqual(decoy);
    expect((await askedOver('bo@contoso.com', 12)).size).toBeLessThanOrEqual(5);
  });

  it('Enumeration protection: a decoy may ask the admin’s custom questions too', async () => {
    const custom = ['What was the name of your first manager?', 'Which team did you join first?', 'Where was your first office?'];
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'securityQuestions'], questions: { registerCount: 3, resetCount: 3, custom } } });
    const texts = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      const flow = await kit.start(`person${i}@contoso.com`);
      const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'questions'));
      for (const question of challenge.questions ?? []) texts.add(question.text);
    }
    expect(custom.some((text) => texts.has(text))).toBe(true);
  });
});

describe('throttles per client as well as per person (ADR 0009)', () => {
  it('Throttles: one client’s wrong codes block that client, not the real person on another client', async () => {
    const kit = await createKit();
    const attacker = { token: null, client: '203.0.113.9' };
    const person = { token: null, client: '198.51.100.7' };
    const flow = await kit.ops.startReset({ params: undefined, query: undefined, body: { userId: 'ada@contoso.com' } }, attacker);
    const method = kit.method(flow, 'email');
    const challenge = await kit.ops.createChallenge({ params: { flowId: flow.flowId }, query: undefined, body: { methodId: method } }, attacker);
    for (let i = 0; i < 5; i += 1) {
      await problemOf(kit.ops.verifyChallenge({ params: { flowId: flow.flowId, challengeId: challenge.challengeId }, query: undefined, body: { code: `1000000${i}` } }, attacker));
    }
    expect(await problemOf(kit.ops.startReset({ params: undefined, query: undefined, body: { userId: 'ada@contoso.com' } }, attacker))).toMatchObject({ status: 429 });

    const own = await kit.ops.startReset({ params: undefined, query: undefined, body: { userId: 'ada@contoso.com' } }, person);
    const ownChallenge = await kit.ops.createChallenge({ params: { flowId: own.flowId }, query: undefined, body: { methodId: kit.method(own, 'email') } }, person);
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    const verified = await kit.ops.verifyChallenge({ params: { flowId: own.flowId, challengeId: ownChallenge.challengeId }, query: undefined, body: { code } }, person);
    expect(verified.step).toBe('password');
  });
});
