import { describe, expect, it } from 'vitest';
import { problemSchema, type ApiClient, type Policy, type ResetFlow, type ResetMethodKind } from '@/api';
import { testBaseUrl } from '../../../mocks/node';
import { predefinedQuestions } from '../../../mocks/rules/questions';
import { personaQuestionAnswers } from '../../../mocks/store/seed';
import { expectProblem, useMockBackend } from '../harness';
import { areas } from './areas';

const mock = await useMockBackend();
const api = mock.anonymous;
const minutes = (count: number) => count * 60;
const newPassword = 'Harbour-Lantern-42!';

/** Starts a reset the way the portal does: solve the CAPTCHA (through the dev API) when it is on. */
async function startReset(userId: string): Promise<ResetFlow> {
  const captcha = await api.call('getCaptcha');
  if (!captcha.enabled) return api.call('startReset', { body: { userId } });
  const { answer } = await api.call('getCaptchaAnswer', { params: { challengeId: captcha.challengeId } });
  return api.call('startReset', { body: { userId, captcha: { challengeId: captcha.challengeId, answer } } });
}

function methodId(flow: ResetFlow, kind: ResetMethodKind): string {
  const method = flow.methods.find((candidate) => candidate.kind === kind);
  if (!method) throw new Error(`No ${kind} method in ${JSON.stringify(flow.methods)}`);
  return method.methodId;
}

/** Adele's flow past its one gate (by e-mail): ready for a new password. */
async function verifiedAdeleFlow(): Promise<ResetFlow> {
  const flow = await startReset('adele@contoso.com');
  const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
  const code = await mock.lastCode('adele.vance@fabrikam.com');
  return api.call('verifyChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId }, body: { code } });
}

async function updatePolicy(admin: ApiClient, change: Partial<Policy>): Promise<void> {
  const policy = await admin.call('getPolicy');
  await admin.call('putPolicy', { body: { ...policy, ...change } });
}

describe('the reset flow through the typed client', () => {
  it('resets a password by e-mail code, end to end, and the new password signs in', async () => {
    const flow = await startReset('adele@contoso.com');
    expect(flow).toMatchObject({ step: 'verify', gatesRequired: 1, gatesPassed: 0, unlockAvailable: false });
    expect(flow.methods.map((method) => method.kind)).toEqual(expect.arrayContaining(['email', 'mobileText', 'mobileCall']));
    expect(await api.call('getReset', { params: { flowId: flow.flowId } })).toEqual(flow);

    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    expect(challenge).toMatchObject({ kind: 'email', codeLength: 8, status: 'pending' });
    expect(await api.call('getChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId } })).toEqual(challenge);

    const code = await mock.lastCode('adele.vance@fabrikam.com');
    expect(code).toMatch(/^\d{8}$/);
    const verified = await api.call('verifyChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId }, body: { code } });
    expect(verified).toMatchObject({ step: 'password', gatesPassed: 1 });

    const weak = await api.call('checkPassword', { body: { password: 'short', flowId: flow.flowId } });
    expect(weak.ok).toBe(false);
    expect(weak.violations.map((violation) => violation.code)).toContain('too_short');
    expect((await api.call('checkPassword', { body: { password: newPassword, flowId: flow.flowId } })).ok).toBe(true);

    const done = await api.call('resetPassword', { params: { flowId: flow.flowId }, body: { newPassword } });
    expect(done).toMatchObject({ step: 'done', outcome: 'reset' });
    const session = await api.call('signIn', { body: { userId: 'adele@contoso.com', password: newPassword } });
    expect(session.user.userPrincipalName).toBe('adele@contoso.com');
  });

  it('checks a password for a signed-in person, and refuses anyone else', async () => {
    const adele = await mock.as('adele@contoso.com');
    expect((await adele.call('checkPassword', { body: { password: newPassword } })).ok).toBe(true);
    await expectProblem(api.call('checkPassword', { body: { password: newPassword } }), 'unauthenticated');
    await expectProblem(api.call('checkPassword', { body: { password: newPassword, flowId: 'no-such-flow' } }), 'not_found');
  });

  it('refuses an unsolved CAPTCHA and answers only known CAPTCHAs', async () => {
    const captcha = await api.call('getCaptcha');
    expect(captcha.enabled).toBe(true);
    if (!captcha.enabled) return;
    expect(captcha.image).toMatch(/^data:image\//);
    await expectProblem(
      api.call('startReset', { body: { userId: 'adele@contoso.com', captcha: { challengeId: captcha.challengeId, answer: 'wrong' } } }),
      'captcha_failed',
    );
    await expectProblem(api.call('getCaptchaAnswer', { params: { challengeId: 'no-such-captcha' } }), 'not_found');
  });

  it('answers unknown flows and challenges with 404', async () => {
    const params = { flowId: 'no-such-flow' };
    await expectProblem(api.call('getReset', { params }), 'not_found');
    await expectProblem(api.call('createChallenge', { params, body: { methodId: 'm1' } }), 'not_found');
    await expectProblem(api.call('getChallenge', { params: { ...params, challengeId: 'c1' } }), 'not_found');
    await expectProblem(api.call('verifyChallenge', { params: { ...params, challengeId: 'c1' }, body: { code: '12345678' } }), 'not_found');
    await expectProblem(api.call('resetPassword', { params, body: { newPassword } }), 'not_found');
    await expectProblem(api.call('unlockAccount', { params }), 'not_found');
    await expectProblem(api.call('contactAdmin', { params }), 'not_found');
    await expectProblem(api.call('cancelReset', { params }), 'not_found');

    const flow = await startReset('adele@contoso.com');
    await expectProblem(api.call('getChallenge', { params: { flowId: flow.flowId, challengeId: 'c1' } }), 'not_found');
    await expectProblem(
      api.call('verifyChallenge', { params: { flowId: flow.flowId, challengeId: 'c1' }, body: { code: '12345678' } }),
      'not_found',
    );
  });

  it('expires a flow after 15 minutes, for every call on it', async () => {
    const flow = await startReset('adele@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    await api.call('advanceClock', { body: { advanceSeconds: minutes(16) } });
    const params = { flowId: flow.flowId };
    const challengeParams = { ...params, challengeId: challenge.challengeId };
    await expectProblem(api.call('getReset', { params }), 'flow_expired');
    await expectProblem(api.call('createChallenge', { params, body: { methodId: methodId(flow, 'email') } }), 'flow_expired');
    await expectProblem(api.call('getChallenge', { params: challengeParams }), 'flow_expired');
    await expectProblem(api.call('verifyChallenge', { params: challengeParams, body: { code: '12345678' } }), 'flow_expired');
    await expectProblem(api.call('resetPassword', { params, body: { newPassword } }), 'flow_expired');
    await expectProblem(api.call('unlockAccount', { params }), 'flow_expired');
    await expectProblem(api.call('contactAdmin', { params }), 'flow_expired');
    await expectProblem(api.call('cancelReset', { params }), 'flow_expired');
    await expectProblem(api.call('checkPassword', { body: { password: newPassword, flowId: flow.flowId } }), 'flow_expired');
  });

  it('refuses a wrong code, and a right one after 5 minutes', async () => {
    const flow = await startReset('adele@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    const code = await mock.lastCode('adele.vance@fabrikam.com');
    const params = { flowId: flow.flowId, challengeId: challenge.challengeId };
    const wrong = code === '00000000' ? '11111111' : '00000000';
    await expectProblem(api.call('verifyChallenge', { params, body: { code: wrong } }), 'invalid_code');
    await api.call('advanceClock', { body: { advanceSeconds: minutes(5) + 1 } });
    await expectProblem(api.call('verifyChallenge', { params, body: { code } }), 'code_expired');
  });

  it('sends a text only after the full phone number on file is typed', async () => {
    const flow = await startReset('adele@contoso.com');
    const text = flow.methods.find((method) => method.kind === 'mobileText');
    expect(text).toMatchObject({ needsFullPhone: true, masked: expect.stringMatching(/01$/) });
    const params = { flowId: flow.flowId };
    await expectProblem(api.call('createChallenge', { params, body: { methodId: methodId(flow, 'mobileText'), phoneNumber: '+1 425 555 0199' } }), 'phone_mismatch');
    const challenge = await api.call('createChallenge', { params, body: { methodId: methodId(flow, 'mobileText'), phoneNumber: '+1 425 555 0101' } });
    expect(challenge).toMatchObject({ kind: 'mobileText', codeLength: 6 });
    const code = await mock.lastCode('+14255550101');
    expect(code).toMatch(/^\d{6}$/);
  });

  it('asks security questions and refuses wrong answers', async () => {
    const flow = await startReset('isaiah@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'questions') } });
    expect(challenge.questions).toHaveLength(3);
    const questions = challenge.questions ?? [];
    await expectProblem(
      api.call('verifyChallenge', {
        params: { flowId: flow.flowId, challengeId: challenge.challengeId },
        body: { answers: questions.map((question) => ({ questionId: question.questionId, answer: 'wrong' })) },
      }),
      'wrong_answers',
    );
  });

  it('passes a questions gate with the registered answers', async () => {
    const flow = await startReset('isaiah@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'questions') } });
    // The persona answers the first three predefined questions, in order.
    const answerOf = (questionId: string) => personaQuestionAnswers[predefinedQuestions.findIndex((question) => question.questionId === questionId)] ?? '';
    const verified = await api.call('verifyChallenge', {
      params: { flowId: flow.flowId, challengeId: challenge.challengeId },
      body: { answers: (challenge.questions ?? []).map(({ questionId }) => ({ questionId, answer: `  ${answerOf(questionId).toUpperCase()} ` })) },
    });
    expect(verified).toMatchObject({ step: 'password', gatesPassed: 1 });
  });

  it('blocks a person after 5 failed verifications: the 5th still answers 422, the next call 429', async () => {
    const ready = await verifiedAdeleFlow();
    const flow = await startReset('adele@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    const params = { flowId: flow.flowId, challengeId: challenge.challengeId };
    const code = await mock.lastCode('adele.vance@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expectProblem(api.call('verifyChallenge', { params, body: { code: wrong } }), 'invalid_code');
    }
    const blocked = await expectProblem(api.call('verifyChallenge', { params, body: { code } }), 'throttled');
    expect(blocked.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    // The block holds for every flow of that person, and for a new one.
    await expectProblem(api.call('resetPassword', { params: { flowId: ready.flowId }, body: { newPassword } }), 'throttled');
    await expectProblem(startReset('adele@contoso.com'), 'throttled');
  });

  it('Throttles: a 429 carries a Retry-After header with the seconds of retryAfterSeconds', async () => {
    const flow = await startReset('adele@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    const code = await mock.lastCode('adele.vance@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await expectProblem(api.call('verifyChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId }, body: { code: wrong } }), 'invalid_code');
    }
    const response = await fetch(`${testBaseUrl}/reset/${flow.flowId}/challenges/${challenge.challengeId}/verify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = problemSchema.parse(await response.json());
    expect(problem).toMatchObject({ status: 429, code: 'throttled', retryAfterSeconds: 24 * 3600 });
    expect(response.headers.get('Retry-After')).toBe(String(problem.retryAfterSeconds));
  });

  it('Throttles: registration and reset e-mails share one count: after 10 of them the 11th e-mail is refused', async () => {
    const adele = await mock.as('adele@contoso.com');
    for (let sent = 1; sent <= 5; sent += 1) await adele.call('startEmailVerification', { body: { value: `adele.${sent}@fabrikam.com` } });
    const flow = await startReset('adele@contoso.com');
    const body = { methodId: methodId(flow, 'email') };
    for (let sent = 6; sent <= 10; sent += 1) await api.call('createChallenge', { params: { flowId: flow.flowId }, body });
    await expectProblem(api.call('createChallenge', { params: { flowId: flow.flowId }, body }), 'throttled');
    await expectProblem(adele.call('startEmailVerification', { body: { value: 'adele.11@fabrikam.com' } }), 'throttled');
  });

  it('refuses the 11th e-mail within 10 minutes', async () => {
    const flow = await startReset('adele@contoso.com');
    const body = { methodId: methodId(flow, 'email') };
    for (let sent = 1; sent <= 10; sent += 1) await api.call('createChallenge', { params: { flowId: flow.flowId }, body });
    const refused = await expectProblem(api.call('createChallenge', { params: { flowId: flow.flowId }, body }), 'throttled');
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps the steps in order: no password before verification, no challenge after it, no second use', async () => {
    const flow = await startReset('adele@contoso.com');
    await expectProblem(api.call('resetPassword', { params: { flowId: flow.flowId }, body: { newPassword } }), 'conflict');
    const verified = await verifiedAdeleFlow();
    await expectProblem(api.call('createChallenge', { params: { flowId: verified.flowId }, body: { methodId: methodId(verified, 'email') } }), 'conflict');
    await expectProblem(api.call('unlockAccount', { params: { flowId: verified.flowId } }), 'conflict');
    await expectProblem(api.call('resetPassword', { params: { flowId: verified.flowId }, body: { newPassword: 'short' } }), 'password_policy');
  });

  it('cancels a flow once: it is gone for readers, and a conflict for anything that would change it', async () => {
    const flow = await startReset('adele@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    await api.call('cancelReset', { params: { flowId: flow.flowId } });
    await expectProblem(api.call('getReset', { params: { flowId: flow.flowId } }), 'not_found');
    await expectProblem(api.call('getChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId } }), 'not_found');
    await expectProblem(api.call('cancelReset', { params: { flowId: flow.flowId } }), 'conflict');
    await expectProblem(api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } }), 'conflict');
  });

  it('unlocks an on-premises account without a reset', async () => {
    const flow = await startReset('lynne@contoso.com');
    expect(flow.unlockAvailable).toBe(true);
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    const code = await mock.lastCode('lynne.robbins@fabrikam.com');
    await api.call('verifyChallenge', { params: { flowId: flow.flowId, challengeId: challenge.challengeId }, body: { code } });
    const unlocked = await api.call('unlockAccount', { params: { flowId: flow.flowId } });
    expect(unlocked).toMatchObject({ step: 'done', outcome: 'unlocked' });
    const admin = await mock.admin();
    const { items } = await admin.call('listUsers', { query: { query: 'lynne@contoso.com' } });
    expect(items[0]?.lockedOut).toBe(false);
  });

  it('asks the administrators for help', async () => {
    const flow = await startReset('nestor@contoso.com');
    await expect(api.call('contactAdmin', { params: { flowId: flow.flowId } })).resolves.toBeUndefined();
  });

  it('passes an app gate when the push is approved, and answers each push once', async () => {
    const admin = await mock.admin();
    const policy = await admin.call('getPolicy');
    await updatePolicy(admin, { methodsRequired: 2, methodsAllowed: [...policy.methodsAllowed, 'appNotification'] });
    const flow = await startReset('lee@contoso.com');
    const challenge = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'appNotification') } });
    const params = { flowId: flow.flowId, challengeId: challenge.challengeId };
    await expectProblem(api.call('verifyChallenge', { params, body: { code: '123456' } }), 'conflict');

    const push = (await api.call('getOutbox', { query: {} })).items.find((message) => message.channel === 'push');
    if (!push) throw new Error('No push in the outbox');
    await api.call('approvePush', { params: { id: push.id } });
    expect((await api.call('getChallenge', { params })).status).toBe('approved');
    expect((await api.call('getReset', { params: { flowId: flow.flowId } })).gatesPassed).toBe(1);
    await expectProblem(api.call('approvePush', { params: { id: push.id } }), 'conflict');
    await expectProblem(api.call('denyPush', { params: { id: push.id } }), 'conflict');

    const second = await startReset('lee@contoso.com');
    await api.call('createChallenge', { params: { flowId: second.flowId }, body: { methodId: methodId(second, 'appNotification') } });
    const next = (await api.call('getOutbox', { query: {} })).items.find((message) => message.channel === 'push' && message.id !== push.id);
    if (!next) throw new Error('No second push in the outbox');
    await api.call('denyPush', { params: { id: next.id } });
    await expectProblem(api.call('approvePush', { params: { id: 'no-such-message' } }), 'not_found');
    await expectProblem(api.call('denyPush', { params: { id: 'no-such-message' } }), 'not_found');
  });

  it('names the reason when enumeration protection is off', async () => {
    const admin = await mock.admin();
    await updatePolicy(admin, { enumerationProtection: false, captcha: false });
    await expectProblem(startReset('nobody@contoso.com'), 'not_found');
    await expectProblem(startReset('diego@contoso.com'), 'not_in_group');
    await expectProblem(startReset('pradeep@contoso.com'), 'not_licensed');
    await expectProblem(startReset('nestor@contoso.com'), 'not_registered');
    await updatePolicy(admin, { onPremises: { writeback: false, allowUnlock: true } });
    await expectProblem(startReset('joni@contoso.com'), 'writeback_disabled');
    await updatePolicy(admin, { enablement: 'none' });
    await expectProblem(startReset('adele@contoso.com'), 'sspr_disabled');
  });

  it('Eligibility: a disabled account gets a decoy (nothing is sent), or 403 sspr_disabled without enumeration protection', async () => {
    const flow = await startReset('christie@contoso.com');
    const email = flow.methods.find((method) => method.kind === 'email');
    if (email) await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: email.methodId } });
    expect((await api.call('getOutbox', { query: { to: 'christie.cline@fabrikam.com' } })).items).toHaveLength(0);
    const admin = await mock.admin();
    await updatePolicy(admin, { enumerationProtection: false, captcha: false });
    await expectProblem(startReset('christie@contoso.com'), 'sspr_disabled');
  });

  it('Enumeration protection: a password check on a flow not yet verified scores the same as on a decoy', async () => {
    const real = await startReset('adele@contoso.com');
    const decoy = await startReset('nobody@contoso.com');
    const score = async (flowId: string) => (await api.call('checkPassword', { body: { password: 'Adele-Vance-7xq', flowId } })).score;
    expect(await score(real.flowId)).toBe(await score(decoy.flowId));
  });

  it('gives an unknown user a decoy flow under enumeration protection', async () => {
    const flow = await startReset('nobody@contoso.com');
    expect(flow.step).toBe('verify');
    expect(flow.methods.length).toBeGreaterThan(0);
  });

  it('covers every success and error code of its endpoints', async () => {
    expect(await mock.answers.missing(areas.reset)).toEqual([]);
  });
});
