import type { ResetFlow } from '@/api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../operations';
import { totpCode } from '../../rules/totp';
import { appSecret, createKit, questionAnswers, type Kit } from '../../testing/reset-fixture';

/** One call a client (or the demo inbox, or the clock) can make against a flow. */
type Step =
  | { type: 'challenge'; method: number; rightPhone: boolean }
  | { type: 'verifyRight'; challenge: number }
  | { type: 'verifyWrong'; challenge: number }
  | { type: 'approve'; challenge: number }
  | { type: 'deny'; challenge: number }
  | { type: 'password'; valid: boolean }
  | { type: 'unlock' }
  | { type: 'advance'; seconds: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('challenge' as const), method: fc.nat(8), rightPhone: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('verifyRight' as const), challenge: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('verifyWrong' as const), challenge: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('approve' as const), challenge: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deny' as const), challenge: fc.nat(6) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('password' as const), valid: fc.nat(3).map((n) => n > 0) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('unlock' as const) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('advance' as const), seconds: fc.integer({ min: 0, max: 400 }) }) },
);

const people = ['bo@contoso.com', 'cy@contoso.com', 'nobody@contoso.com'] as const;
const phones: Record<string, string> = { 'bo@contoso.com': '+31 6 12345678', 'cy@contoso.com': '+1 425 555 0103' };
const officePhone = '+1 425 555 0107';

interface Model {
  flow: ResetFlow;
  /** Challenges created, with the code the outbox got for each (when one was sent). */
  challenges: { challengeId: string; kind: string; methodId: string; code: string | null; pushId: string | null; questions: string[] }[];
  /** Groups (by method id of any kind in the group) the model saw pass legitimately. */
  legitMethods: Set<string>;
}

async function attempt<T>(call: Promise<T>): Promise<T | ProblemError> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
}

function groupMates(kit: Kit, flowId: string, methodId: string): string[] {
  const flow = kit.state.flows.get(flowId);
  const group = flow?.methods.find((method) => method.methodId === methodId)?.group;
  return flow?.methods.filter((method) => method.group === group).map((method) => method.methodId) ?? [];
}

async function run(kit: Kit, userId: string, model: Model, step: Step): Promise<{ ok: boolean; answer: unknown }> {
  const { flowId } = model.flow;
  // Mostly the newest challenges: older ones are often voided already.
  const pick = (index: number) => model.challenges[model.challenges.length - 1 - (index % Math.max(1, model.challenges.length))];
  switch (step.type) {
    case 'challenge': {
      const method = model.flow.methods[step.method % model.flow.methods.length];
      if (!method) return { ok: false, answer: null };
      const phone = method.kind === 'officeCall' ? officePhone : (phones[userId] ?? '+1 425 555 0199');
      const before = kit.state.outbox.length;
      const result = await attempt(kit.challenge(flowId, method.methodId, method.needsFullPhone ? (step.rightPhone ? phone : '+1 206 555 0123') : undefined));
      if (result instanceof ProblemError) return { ok: false, answer: result.problem };
      const sent = kit.state.outbox.slice(before);
      model.challenges.push({
        challengeId: result.challengeId,
        kind: result.kind,
        methodId: method.methodId,
        code: sent.find((message) => message.code !== undefined)?.code ?? null,
        pushId: sent.find((message) => message.channel === 'push')?.id ?? null,
        questions: (result.questions ?? []).map((question) => question.questionId),
      });
      return { ok: true, answer: result };
    }
    case 'verifyRight':
    case 'verifyWrong': {
      const challenge = pick(step.challenge);
      if (!challenge) return { ok: false, answer: null };
      const right = step.type === 'verifyRight';
      const registered = kit.state.users.get('u-bo')?.questions.map((entry) => entry.questionId) ?? [];
      const body =
        challenge.kind === 'questions'
          ? { answers: challenge.questions.map((questionId) => ({ questionId, answer: right ? (questionAnswers[registered.indexOf(questionId)] ?? 'x') : 'wrong answer' })) }
          : { code: right ? (challenge.kind === 'appCode' ? totpCode(appSecret, new Date(kit.deps.now())) : (challenge.code ?? '000000')) : 'not-a-code' };
      const result = await attempt(kit.verify(flowId, challenge.challengeId, body));
      if (result instanceof ProblemError) return { ok: false, answer: result.problem };
      if (right) for (const methodId of groupMates(kit, flowId, challenge.methodId)) model.legitMethods.add(methodId);
      return { ok: true, answer: result };
    }
    case 'approve':
    case 'deny': {
      const challenge = pick(step.challenge);
      if (!challenge?.pushId) return { ok: false, answer: null };
      const result = await attempt(step.type === 'approve' ? kit.approve(challenge.pushId) : kit.deny(challenge.pushId));
      if (result instanceof ProblemError) return { ok: false, answer: result.problem };
      if (step.type === 'approve') for (const methodId of groupMates(kit, flowId, challenge.methodId)) model.legitMethods.add(methodId);
      return { ok: true, answer: null };
    }
    case 'password': {
      const result = await attempt(kit.setPassword(flowId, step.valid ? 'Quiet-Meadow-Tulip-58' : 'abc'));
      return result instanceof ProblemError ? { ok: false, answer: result.problem } : { ok: true, answer: result };
    }
    case 'unlock': {
      const result = await attempt(kit.unlock(flowId));
      return result instanceof ProblemError ? { ok: false, answer: result.problem } : { ok: true, answer: result };
    }
    case 'advance':
      kit.advance(step.seconds * 1000);
      return { ok: true, answer: null };
  }
}

describe('Reset flow state machine (property)', () => {
  it('no sequence of calls reaches done without the required gates, and no failed call changes the password hash', async () => {
    const kit = await createKit({ policy: { methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification', 'securityQuestions'] } });
    const pristine = structuredClone(kit.state);
    const reached = { password: 0, done: 0, blocked: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...people),
        fc.constantFrom(1, 2),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }),
        async (userId, methodsRequired, steps) => {
          Object.assign(kit.state, structuredClone(pristine));
          kit.state.policy.methodsRequired = methodsRequired;
          const flow = await kit.start(userId);
          const model: Model = { flow, challenges: [], legitMethods: new Set() };
          const hashes = () => [...kit.state.users.values()].map((user) => user.passwordHash);
          for (const step of steps) {
            const before = hashes();
            const outcome = await run(kit, userId, model, step);
            const stored = kit.state.flows.get(flow.flowId);
            if (!stored) throw new Error('the flow vanished');
            // Safety: only a successful password call changes a hash.
            if (!(step.type === 'password' && outcome.ok)) expect(hashes()).toEqual(before);
            // Safety: every gate the backend counts was passed by a right answer or an approval.
            for (const method of stored.methods) {
              if (stored.passedGroups.includes(method.group)) expect(model.legitMethods.has(method.methodId)).toBe(true);
            }
            if (stored.step !== 'verify') {
              expect(stored.decoy).toBe(false);
              expect(stored.passedGroups.length).toBeGreaterThanOrEqual(stored.gatesRequired);
            }
            if (step.type === 'password' && outcome.ok) reached.done += 1;
            if (stored.step === 'password') reached.password += 1;
            if (!outcome.ok && JSON.stringify(outcome.answer).includes('throttled')) reached.blocked += 1;
            // No answer carries a code.
            const text = JSON.stringify(outcome.answer);
            for (const challenge of model.challenges) if (challenge.code) expect(text).not.toContain(challenge.code);
          }
        },
      ),
      { numRuns: 500, seed: 20260302 },
    );
    // The sequences do reach the interesting states, so the checks above are exercised.
    expect(reached.password).toBeGreaterThan(0);
    expect(reached.done).toBeGreaterThan(0);
    expect(reached.blocked).toBeGreaterThan(0);
  }, 20_000);
});
