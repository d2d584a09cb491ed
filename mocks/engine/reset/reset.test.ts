import { challengeSchema, resetFlowSchema } from '@/api';
import { describe, expect, it, vi } from 'vitest';
import { verifySecret } from '../../rules/crypto';
import { totpCode } from '../../rules/totp';
import { appSecret, createKit, oldPassword, problemOf, questionAnswers, type Kit } from '../../testing/reset-fixture';

const minute = 60_000;
const newPassword = 'Blue-Harbour-Lantern-93';

/** Starts a flow for ada and verifies by e-mail: the flow is at the password step. */
async function verifiedFlow(kit: Kit, userId = 'ada@contoso.com') {
  const flow = await kit.start(userId);
  const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
  const email = kit.state.users.get(kit.state.userIdsByUpn.get(userId) ?? '')?.contact.authenticationEmail ?? '';
  const passed = await kit.verify(flow.flowId, challenge.challengeId, { code: kit.lastCode(email) });
  return { flow: passed, challenge };
}

function resetRows(kit: Kit, result?: string) {
  return kit.state.reports.resets.filter((row) => result === undefined || row.result === result);
}

describe('CAPTCHA', () => {
  it('CAPTCHA: starting a reset without a solved CAPTCHA fails with captcha_failed', async () => {
    const kit = await createKit({ policy: { captcha: true } });
    expect(await problemOf(kit.start('ada@contoso.com'))).toMatchObject({ status: 422, code: 'captcha_failed' });
    const captcha = await kit.captcha();
    if (!captcha.enabled) throw new Error('captcha should be on');
    expect(await problemOf(kit.start('ada@contoso.com', { challengeId: captcha.challengeId, answer: 'nope' }))).toMatchObject({
      code: 'captcha_failed',
    });
  });

  it('CAPTCHA: the answer is case-insensitive and single use', async () => {
    const kit = await createKit({ policy: { captcha: true } });
    const captcha = await kit.captcha();
    if (!captcha.enabled) throw new Error('captcha should be on');
    const { answer } = await kit.captchaAnswer(captcha.challengeId);
    const flow = await kit.start('ada@contoso.com', { challengeId: captcha.challengeId, answer: ` ${answer.toLowerCase()} ` });
    expect(flow.step).toBe('verify');
    expect(await problemOf(kit.start('ada@contoso.com', { challengeId: captcha.challengeId, answer }))).toMatchObject({
      code: 'captcha_failed',
    });
  });

  it('CAPTCHA: the answer to the alternative question is accepted for the same challenge', async () => {
    const kit = await createKit({ policy: { captcha: true } });
    const captcha = await kit.captcha();
    if (!captcha.enabled) throw new Error('captcha should be on');
    expect(captcha.alternativeQuestion.en).toMatch(/\?$/);
    expect(captcha.alternativeQuestion.nl).toMatch(/\?$/);
    expect(captcha.alternativeQuestion.ar).toMatch(/؟$/);
    expect(captcha.alternativeQuestion.ja).toMatch(/？$/);
    const stored = kit.state.captchas.get(captcha.challengeId);
    const flow = await kit.start('ada@contoso.com', { challengeId: captcha.challengeId, answer: stored?.alternativeAnswer ?? '' });
    expect(flow.step).toBe('verify');
  });

  it('CAPTCHA: a challenge expires after 10 minutes', async () => {
    const kit = await createKit({ policy: { captcha: true } });
    const captcha = await kit.captcha();
    if (!captcha.enabled) throw new Error('captcha should be on');
    const { answer } = await kit.captchaAnswer(captcha.challengeId);
    kit.advance(10 * minute);
    expect(await problemOf(kit.start('ada@contoso.com', { challengeId: captcha.challengeId, answer }))).toMatchObject({
      code: 'captcha_failed',
    });
  });

  it('CAPTCHA: off in the policy, the client is told and no answer is needed', async () => {
    const kit = await createKit({ policy: { captcha: false } });
    expect(await kit.captcha()).toEqual({ enabled: false });
    expect((await kit.start('ada@contoso.com')).step).toBe('verify');
  });

  it('CAPTCHA: the dev answer of an unknown challenge is 404', async () => {
    const kit = await createKit();
    expect(await problemOf(kit.captchaAnswer('cap_nothing'))).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('Reset flow', () => {
  it('Reset: an eligible person gets a flow with their usable methods, masked', async () => {
    const kit = await createKit({ policy: { methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'appNotification', 'securityQuestions'], methodsRequired: 2 } });
    const flow = resetFlowSchema.parse(await kit.start('bo@contoso.com'));
    expect(flow.methods.map((method) => [method.kind, method.masked, method.needsFullPhone])).toEqual([
      ['email', 'bo******@fabrikam.com', false],
      ['mobileText', '+** *******78', true],
      ['mobileCall', '+** *******78', true],
      ['officeCall', '+* ********07', true],
      ['appCode', '', false],
      ['appNotification', '', false],
      ['questions', '', false],
    ]);
    expect(flow).toMatchObject({ step: 'verify', gatesRequired: 2, gatesPassed: 0, unlockAvailable: false, outcome: null });
    expect(Date.parse(flow.expiresAt) - kit.deps.now()).toBe(15 * minute);
  });

  it('Reset: appNotification is offered only when the policy allows it', async () => {
    const kit = await createKit();
    const flow = await kit.start('bo@contoso.com');
    expect(flow.methods.map((method) => method.kind)).toContain('appCode');
    expect(flow.methods.map((method) => method.kind)).not.toContain('appNotification');
  });

  it('Reset: a flow lives 15 minutes', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    kit.advance(15 * minute - 1);
    expect((await kit.flow(flow.flowId)).step).toBe('verify');
    kit.advance(1);
    expect(await problemOf(kit.flow(flow.flowId))).toMatchObject({ status: 410, code: 'flow_expired' });
    expect(await problemOf(kit.challenge(flow.flowId, kit.method(flow, 'email')))).toMatchObject({ status: 410 });
    expect(await problemOf(kit.cancel(flow.flowId))).toMatchObject({ status: 410 });
    expect(resetRows(kit, 'abandoned')).toHaveLength(1);
  });

  it('Reset: an unknown flow is 404', async () => {
    const kit = await createKit();
    expect(await problemOf(kit.flow('flw_nothing'))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('Reset: e-mail codes have 8 digits, text and call codes 6', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const email = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    expect(email.codeLength).toBe(8);
    expect(kit.lastCode('ada.lovelace@fabrikam.com')).toMatch(/^\d{8}$/);
    const text = await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+1 425 555 0101');
    expect(text.codeLength).toBe(6);
    expect(kit.lastCode('+14255550101')).toMatch(/^\d{6}$/);
    expect(kit.outbox('+14255550101')[0]?.channel).toBe('sms');
  });

  it('Reset: codes live 5 minutes', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    expect(Date.parse(challenge.expiresAt) - kit.deps.now()).toBe(5 * minute);
    kit.advance(5 * minute);
    expect((await kit.getChallenge(flow.flowId, challenge.challengeId)).status).toBe('expired');
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code }))).toMatchObject({ status: 422, code: 'code_expired' });
  });

  it('Reset: codes are single use: a second verify of a method already used is 409 conflict (API.md), not counted', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2 } });
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+14255550101');
    const code = kit.lastCode('+14255550101');
    expect((await kit.verify(flow.flowId, challenge.challengeId, { code })).gatesPassed).toBe(1);
    expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code }))).toMatchObject({ status: 409, code: 'conflict' });
    expect(kit.state.throttles.get('u-ada')?.failedVerifications ?? []).toEqual([]);
    expect(kit.state.flows.get(flow.flowId)?.challenges.find((entry) => entry.challengeId === challenge.challengeId)?.status).toBe('used');
  });

  it('Reset: a new code for the same method voids the old one', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const first = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const firstCode = kit.lastCode('ada.lovelace@fabrikam.com');
    const second = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    expect(await problemOf(kit.verify(flow.flowId, first.challengeId, { code: firstCode }))).toMatchObject({
      status: 422,
      code: 'invalid_code',
    });
    expect((await kit.getChallenge(flow.flowId, first.challengeId)).status).toBe('expired');
    const passed = await kit.verify(flow.flowId, second.challengeId, { code: kit.lastCode('ada.lovelace@fabrikam.com') });
    expect(passed.step).toBe('password');
  });

  it('Reset: texting and calling are one method: a new call voids the text code', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const text = await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+14255550101');
    const textCode = kit.lastCode('+14255550101');
    await kit.challenge(flow.flowId, kit.method(flow, 'mobileCall'), '+14255550101');
    expect(kit.outbox('+14255550101')[0]?.channel).toBe('voice');
    expect(await problemOf(kit.verify(flow.flowId, text.challengeId, { code: textCode }))).toMatchObject({ code: 'invalid_code' });
  });

  it('Reset: a wrong code fails with invalid_code and the person may try again', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }))).toMatchObject({ status: 422, code: 'invalid_code' });
    expect(resetRows(kit, 'failed').map((row) => row.reason)).toEqual(['invalid_code']);
    expect((await kit.verify(flow.flowId, challenge.challengeId, { code })).step).toBe('password');
  });

  it('Reset: the method used in step 1 is no longer offered', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2 } });
    const flow = await kit.start('ada@contoso.com');
    const text = await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+14255550101');
    const afterStep1 = await kit.verify(flow.flowId, text.challengeId, { code: kit.lastCode('+14255550101') });
    expect(afterStep1).toMatchObject({ step: 'verify', gatesPassed: 1 });
    expect(afterStep1.methods.filter((method) => method.used).map((method) => method.kind)).toEqual(['mobileText', 'mobileCall']);
    expect(await problemOf(kit.challenge(flow.flowId, kit.method(flow, 'mobileCall'), '+14255550101'))).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    const email = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const done = await kit.verify(flow.flowId, email.challengeId, { code: kit.lastCode('ada.lovelace@fabrikam.com') });
    expect(done).toMatchObject({ step: 'password', gatesPassed: 2 });
  });

  it('Reset: steps cannot be skipped', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    expect(await problemOf(kit.setPassword(flow.flowId, newPassword))).toMatchObject({ status: 409, code: 'conflict' });
    expect(await problemOf(kit.challenge(flow.flowId, 'mth_not_in_flow'))).toMatchObject({ status: 409 });
    const { flow: atPassword } = await verifiedFlow(kit);
    expect(await problemOf(kit.challenge(atPassword.flowId, kit.method(atPassword, 'mobileText'), '+14255550101'))).toMatchObject({
      status: 409,
    });
  });

  it('Reset: a phone method is used only after the person types the full number on file', async () => {
    const kit = await createKit();
    const flow = await kit.start('bo@contoso.com');
    const text = kit.method(flow, 'mobileText');
    expect(await problemOf(kit.challenge(flow.flowId, text))).toMatchObject({ status: 422, code: 'phone_mismatch' });
    expect(await problemOf(kit.challenge(flow.flowId, text, '+31 6 12345679'))).toMatchObject({ code: 'phone_mismatch' });
    expect(kit.outbox()).toHaveLength(0);
    expect(kit.state.throttles.get('u-bo')?.failedVerifications).toHaveLength(2);
    const challenge = await kit.challenge(flow.flowId, text, '+31 (0)6-1234-5678');
    expect(challenge.codeLength).toBe(6);
    expect(kit.outbox('+31612345678')).toHaveLength(1);
  });

  it('Reset: an office call dials the number on file without its extension', async () => {
    const kit = await createKit();
    const flow = await kit.start('bo@contoso.com');
    await kit.challenge(flow.flowId, kit.method(flow, 'officeCall'), '+1 425 555 0107');
    expect(kit.outbox('+14255550107')[0]).toMatchObject({ channel: 'voice' });
  });

  it('Reset: appCode verifies the authenticator code, with no message sent', async () => {
    const kit = await createKit();
    const flow = await kit.start('bo@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'appCode'));
    expect(challenge.codeLength).toBe(6);
    expect(kit.outbox()).toHaveLength(0);
    const code = totpCode(appSecret, new Date(kit.deps.now()));
    expect((await kit.verify(flow.flowId, challenge.challengeId, { code })).step).toBe('password');
  });

  it('Reset: an approved app notification passes the gate without a verify call', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode', 'appNotification'] } });
    const flow = await kit.start('bo@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'appNotification'));
    const push = kit.outbox().find((message) => message.channel === 'push');
    expect(push).toMatchObject({ to: 'bo@contoso.com', pushStatus: 'pending' });
    expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: '123456' }))).toMatchObject({ status: 409 });
    await kit.approve(push?.id ?? '');
    expect((await kit.getChallenge(flow.flowId, challenge.challengeId)).status).toBe('approved');
    const after = await kit.flow(flow.flowId);
    expect(after.gatesPassed).toBe(1);
    expect(after.methods.filter((method) => method.used).map((method) => method.kind)).toEqual(['appCode', 'appNotification']);
    expect(await problemOf(kit.approve(push?.id ?? ''))).toMatchObject({ status: 409 });
    expect(await problemOf(kit.deny(push?.id ?? ''))).toMatchObject({ status: 409 });
    expect(await problemOf(kit.approve('msg_nothing'))).toMatchObject({ status: 404 });
  });

  it('Reset: a denied app notification does not pass and its verify is 409', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode', 'appNotification'] } });
    const flow = await kit.start('bo@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'appNotification'));
    await kit.deny(kit.outbox()[0]?.id ?? '');
    expect((await kit.getChallenge(flow.flowId, challenge.challengeId)).status).toBe('denied');
    expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: '123456' }))).toMatchObject({ status: 409 });
    expect((await kit.flow(flow.flowId)).gatesPassed).toBe(0);
  });

  it('Questions: resetCount of the registered questions, all must match (trimmed, folded, any case)', async () => {
    const kit = await createKit();
    const flow = await kit.start('bo@contoso.com');
    const challenge = challengeSchema.parse(await kit.challenge(flow.flowId, kit.method(flow, 'questions')));
    const questions = challenge.questions ?? [];
    expect(questions).toHaveLength(3);
    expect(new Set(questions.map((question) => question.questionId)).size).toBe(3);
    const registered = kit.state.users.get('u-bo')?.questions.map((entry) => entry.questionId) ?? [];
    const answerOf = (questionId: string) => questionAnswers[registered.indexOf(questionId)] ?? '';
    const answers = questions.map((question) => ({ questionId: question.questionId, answer: `  ${answerOf(question.questionId).toUpperCase().replace(' ', '   ')} ` }));
    expect((await kit.verify(flow.flowId, challenge.challengeId, { answers })).step).toBe('password');
  });

  it('Questions: after a miss, a fresh pick', async () => {
    const kit = await createKit({ seed: 7 });
    const flow = await kit.start('bo@contoso.com');
    const registered = kit.state.users.get('u-bo')?.questions.map((entry) => entry.questionId) ?? [];
    const answerOf = (questionId: string) => questionAnswers[registered.indexOf(questionId)] ?? '';
    const first = await kit.challenge(flow.flowId, kit.method(flow, 'questions'));
    const oneWrong = (first.questions ?? []).map((question, index) => ({
      questionId: question.questionId,
      answer: index === 0 ? 'wrong' : answerOf(question.questionId),
    }));
    expect(await problemOf(kit.verify(flow.flowId, first.challengeId, { answers: oneWrong }))).toMatchObject({ status: 422, code: 'wrong_answers' });
    // The missed pick is spent: even the right answers don't pass it any more.
    const rightForFirst = (first.questions ?? []).map((question) => ({ questionId: question.questionId, answer: answerOf(question.questionId) }));
    expect(await problemOf(kit.verify(flow.flowId, first.challengeId, { answers: rightForFirst }))).toMatchObject({ status: 422 });
    const picks = new Set<string>();
    for (let i = 0; i < 6; i += 1) {
      const next = await kit.challenge(flow.flowId, kit.method(flow, 'questions'));
      expect(next.challengeId).not.toBe(first.challengeId);
      picks.add((next.questions ?? []).map((question) => question.questionId).sort().join());
    }
    expect(picks.size).toBeGreaterThan(1);
  });

  it('Reset: success stores the new password and ends the flow; the old password no longer works', async () => {
    const kit = await createKit();
    kit.state.sessions.set('tok-1', { token: 'tok-1', userId: 'u-ada', createdAt: 0, expiresAt: Number.MAX_SAFE_INTEGER });
    const { flow } = await verifiedFlow(kit);
    const done = await kit.setPassword(flow.flowId, newPassword);
    expect(done).toMatchObject({ step: 'done', outcome: 'reset' });
    const ada = kit.state.users.get('u-ada');
    expect(await verifySecret(newPassword, ada?.passwordHash ?? '')).toBe(true);
    expect(await verifySecret(oldPassword, ada?.passwordHash ?? '')).toBe(false);
    expect(kit.state.sessions.get('tok-1')).toBeUndefined();
    expect(kit.outbox('ada.lovelace@fabrikam.com')[0]?.subject).toMatch(/was reset/);
    expect(kit.state.audit.map((row) => row.activity)).toContain('resetPassword');
    expect(resetRows(kit, 'succeeded')).toMatchObject([{ userId: 'u-ada', methods: ['email'], reason: 'password_reset' }]);
    expect(await problemOf(kit.setPassword(flow.flowId, 'Another-Harbour-77'))).toMatchObject({ status: 409 });
  });

  it('Reset: no notification e-mail when the policy says not to notify', async () => {
    const kit = await createKit({ policy: { notifyUserOnReset: false } });
    const { flow } = await verifiedFlow(kit);
    await kit.setPassword(flow.flowId, newPassword);
    expect(kit.outbox().filter((message) => /was reset/.test(message.subject))).toHaveLength(0);
  });

  it('Reset: a new password that breaks the rules fails with password_policy and changes nothing', async () => {
    const kit = await createKit();
    const { flow } = await verifiedFlow(kit);
    const before = kit.state.users.get('u-ada')?.passwordHash;
    const failure = await problemOf(kit.setPassword(flow.flowId, 'short'));
    expect(failure).toMatchObject({ status: 422, code: 'password_policy' });
    expect(kit.state.users.get('u-ada')?.passwordHash).toBe(before);
    expect((await kit.flow(flow.flowId)).step).toBe('password');
  });

  it('Reset: on-premises locked-out accounts may unlock only, or reset and unlock', async () => {
    const kit = await createKit();
    const flow = await kit.start('cy@contoso.com');
    expect(flow.unlockAvailable).toBe(true);
    expect(await problemOf(kit.unlock(flow.flowId))).toMatchObject({ status: 409 });
    const { flow: atPassword } = await verifiedFlow(kit, 'cy@contoso.com');
    const unlocked = await kit.unlock(atPassword.flowId);
    expect(unlocked).toMatchObject({ step: 'done', outcome: 'unlocked' });
    expect(kit.state.users.get('u-cy')?.lockedOut).toBe(false);
    expect(await verifySecret(oldPassword, kit.state.users.get('u-cy')?.passwordHash ?? '')).toBe(true);

    kit.state.users.set('u-cy', { ...(kit.state.users.get('u-cy') ?? never()), lockedOut: true });
    const { flow: again } = await verifiedFlow(kit, 'cy@contoso.com');
    await kit.setPassword(again.flowId, newPassword);
    expect(kit.state.users.get('u-cy')?.lockedOut).toBe(false);
  });

  it('Reset: unlock is 409 when not available', async () => {
    const kit = await createKit({ policy: { onPremises: { writeback: true, allowUnlock: false } } });
    const { flow } = await verifiedFlow(kit, 'cy@contoso.com');
    expect(flow.unlockAvailable).toBe(false);
    expect(await problemOf(kit.unlock(flow.flowId))).toMatchObject({ status: 409, code: 'conflict' });
    const cloud = await verifiedFlow(kit, 'ada@contoso.com');
    expect(await problemOf(kit.unlock(cloud.flow.flowId))).toMatchObject({ status: 409 });
  });

  it('Reset: contacting the administrator e-mails the admins (once per flow) and reports it', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    await kit.contactAdmin(flow.flowId);
    await kit.contactAdmin(flow.flowId);
    expect(kit.outbox('admin.private@fabrikam.com')).toHaveLength(1);
    expect(resetRows(kit, 'contactedAdmin')).toHaveLength(1);
    expect(kit.state.audit.filter((row) => row.activity === 'contactAdmin')).toMatchObject([{ actor: 'ada@contoso.com', target: 'ada@contoso.com', result: 'success' }]);
  });

  it('Reset: with a custom help desk, contacting the administrator sends nothing', async () => {
    const kit = await createKit({ policy: { helpdesk: { mode: 'custom', contact: 'https://help.contoso.com' } } });
    const flow = await kit.start('ada@contoso.com');
    await kit.contactAdmin(flow.flowId);
    expect(kit.outbox()).toHaveLength(0);
    expect(resetRows(kit, 'contactedAdmin')).toHaveLength(1);
  });

  it('Reports: every reset row has a reason, succeeded and cancelled ones too (API.md)', async () => {
    const kit = await createKit();
    const reset = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(reset.flowId, kit.method(reset, 'email'));
    await kit.verify(reset.flowId, challenge.challengeId, { code: kit.lastCode('ada.lovelace@fabrikam.com') });
    await kit.setPassword(reset.flowId, 'Quiet-Harbour-Lamp-42');
    const cancelled = await kit.start('bo@contoso.com');
    await kit.cancel(cancelled.flowId);
    const helped = await kit.start('bo@contoso.com');
    await kit.contactAdmin(helped.flowId);
    expect(resetRows(kit).map((row) => [row.result, row.reason])).toEqual([
      ['succeeded', 'password_reset'],
      ['cancelled', 'user_cancelled'],
      ['contactedAdmin', 'help_requested'],
    ]);
  });

  it('Reset: a cancelled flow answers 409 to further calls (and 404 to reads)', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    await kit.cancel(flow.flowId);
    expect(resetRows(kit, 'cancelled')).toHaveLength(1);
    expect(await problemOf(kit.cancel(flow.flowId))).toMatchObject({ status: 409 });
    expect(await problemOf(kit.challenge(flow.flowId, kit.method(flow, 'email')))).toMatchObject({ status: 409 });
    expect(await problemOf(kit.flow(flow.flowId))).toMatchObject({ status: 404 });
    kit.advance(15 * minute);
    await kit.flow(flow.flowId).catch(() => undefined);
    expect(resetRows(kit, 'abandoned')).toHaveLength(0);
  });

  it('Reset: no answer ever contains a code or a hash', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2 } });
    const flow = await kit.start('bo@contoso.com');
    const answers: unknown[] = [flow];
    answers.push(await kit.challenge(flow.flowId, kit.method(flow, 'email')));
    answers.push(await kit.challenge(flow.flowId, kit.method(flow, 'mobileText'), '+31612345678'));
    answers.push(await kit.challenge(flow.flowId, kit.method(flow, 'questions')));
    answers.push(await kit.flow(flow.flowId));
    const text = JSON.stringify(answers);
    for (const message of kit.outbox()) if (message.code) expect(text).not.toContain(message.code);
    expect(text).not.toMatch(/pbkdf2|answerHash|codeHash|\+31612345678|bo\.private/);
  });
});

describe('Eligibility and enumeration protection', () => {
  it('Eligibility: without enumeration protection an unknown user is 404 and an ineligible one 403 with the reason', async () => {
    const kit = await createKit({ policy: { enumerationProtection: false } });
    expect(await problemOf(kit.start('nobody@contoso.com'))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await problemOf(kit.start('dee@contoso.com'))).toMatchObject({ status: 403, code: 'not_registered' });
    kit.state.policy.enablement = 'none';
    expect(await problemOf(kit.start('ada@contoso.com'))).toMatchObject({ status: 403, code: 'sspr_disabled' });
    expect(resetRows(kit, 'failed').map((row) => row.reason)).toEqual(['unknown_user', 'not_registered', 'sspr_disabled']);
  });

  it('Enumeration protection: unknown user gets a decoy flow of the same shape', async () => {
    const kit = await createKit();
    const real = resetFlowSchema.parse(await kit.start('ada@contoso.com'));
    const decoy = resetFlowSchema.parse(await kit.start('nobody@contoso.com'));
    expect(Object.keys(decoy).sort()).toEqual(Object.keys(real).sort());
    expect(decoy).toMatchObject({ step: 'verify', gatesRequired: real.gatesRequired, gatesPassed: 0, outcome: null });
    expect(decoy.methods.length).toBeGreaterThanOrEqual(real.gatesRequired);
    expect(Date.parse(decoy.expiresAt) - kit.deps.now()).toBe(15 * minute);
    for (const method of decoy.methods) {
      if (method.kind === 'email') expect(method.masked).toMatch(/^[a-z0-9]{2}\*{6}@[a-z.]+$/);
      if (method.kind === 'mobileText') expect(method.masked).toMatch(/^\+\*+ \*+\d\d$/);
    }
  });

  it('Enumeration protection: the same ID gets the same decoy methods', async () => {
    const kit = await createKit();
    const shape = (flow: { methods: { kind: string; masked: string }[] }) => flow.methods.map((method) => `${method.kind}:${method.masked}`);
    const first = await kit.start('Nobody@Contoso.com');
    const second = await kit.start('nobody@contoso.com ');
    expect(shape(second)).toEqual(shape(first));
    const shapes = new Set<string>();
    for (const id of ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com']) shapes.add(shape(await kit.start(id)).join());
    expect(shapes.size).toBeGreaterThan(1);
  });

  it('Enumeration protection: decoy codes always fail with invalid_code and a decoy never reaches password', async () => {
    const kit = await createKit({ policy: { methodsAllowed: ['email', 'mobilePhone'] } });
    const decoy = await kit.start('nobody@contoso.com');
    const email = await kit.challenge(decoy.flowId, kit.method(decoy, 'email'));
    expect(email.codeLength).toBe(8);
    expect(kit.outbox()).toHaveLength(0);
    for (const code of ['12345678', '00000000']) {
      expect(await problemOf(kit.verify(decoy.flowId, email.challengeId, { code }))).toMatchObject({ status: 422, code: 'invalid_code' });
    }
    expect(await problemOf(kit.setPassword(decoy.flowId, newPassword))).toMatchObject({ status: 409 });
    expect((await kit.flow(decoy.flowId)).step).toBe('verify');
  });

  it('Enumeration protection: a decoy does the same hashing work as a real flow', async () => {
    // Two of two methods required: every flow, real or decoy, offers both.
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'securityQuestions'] } });
    const work = async (userId: string) => {
      const flow = await kit.start(userId);
      const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
      const email = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
      await problemOf(kit.verify(flow.flowId, email.challengeId, { code: '12345678' }));
      const questions = await kit.challenge(flow.flowId, kit.method(flow, 'questions'));
      const answers = (questions.questions ?? []).map((question) => ({ questionId: question.questionId, answer: 'no idea' }));
      await problemOf(kit.verify(flow.flowId, questions.challengeId, { answers }));
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    expect(await work('nobody@contoso.com')).toBe(await work('bo@contoso.com'));
  });

  it('Enumeration protection: a decoy sends nothing, its questions never pass and its pushes stay pending', async () => {
    const kit = await createKit({ policy: { methodsRequired: 2, methodsAllowed: ['email', 'appCode', 'appNotification', 'securityQuestions'] } });
    const decoy = await kit.start('nobody@contoso.com');
    const kinds = decoy.methods.map((method) => method.kind);
    if (kinds.includes('appNotification')) {
      const push = await kit.challenge(decoy.flowId, kit.method(decoy, 'appNotification'));
      expect(push.status).toBe('pending');
      expect(await problemOf(kit.verify(decoy.flowId, push.challengeId, { code: '123456' }))).toMatchObject({ status: 409 });
    }
    if (kinds.includes('questions')) {
      const questions = await kit.challenge(decoy.flowId, kit.method(decoy, 'questions'));
      expect(questions.questions).toHaveLength(3);
      const answers = (questions.questions ?? []).map((question) => ({ questionId: question.questionId, answer: 'Seattle' }));
      expect(await problemOf(kit.verify(decoy.flowId, questions.challengeId, { answers }))).toMatchObject({ code: 'wrong_answers' });
    }
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kit.outbox()).toHaveLength(0);
  });

  it('Enumeration protection: an ineligible user gets a decoy with the gates of their policy', async () => {
    const kit = await createKit();
    const decoy = await kit.start('dee@contoso.com');
    expect(decoy.gatesRequired).toBe(1);
    expect(resetRows(kit, 'failed')).toMatchObject([{ userId: 'u-dee', reason: 'not_registered' }]);
    kit.state.users.set('u-admin', { ...(kit.state.users.get('u-admin') ?? never()), contact: { ...(kit.state.users.get('u-admin')?.contact ?? never()), authenticationPhone: null } });
    const adminDecoy = await kit.start('admin@contoso.com');
    expect(adminDecoy.gatesRequired).toBe(2);
    expect(adminDecoy.methods.map((method) => method.kind)).not.toContain('questions');
  });
});

describe('Throttles', () => {
  it('Throttles: 5 failed verifications within 1 hour block resets for 24 hours', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 5; i += 1) {
      kit.advance(10 * 1000);
      expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }))).toMatchObject({ status: 422, code: 'invalid_code' });
    }
    const blocked = await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code }));
    expect(blocked).toMatchObject({ status: 429, code: 'throttled' });
    expect(blocked.retryAfterSeconds).toBe(24 * 3600);
    expect(await problemOf(kit.start('ada@contoso.com'))).toMatchObject({ status: 429 });
    expect(resetRows(kit, 'blocked').length).toBeGreaterThanOrEqual(1);
    kit.advance(24 * 60 * minute);
    expect((await kit.start('ada@contoso.com')).step).toBe('verify');
  });

  it('Throttles: each failed verification says how many tries are left; the one that blocks says for how long', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    const left: (number | undefined)[] = [];
    let last = await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }));
    left.push(last.attemptsRemaining);
    expect(last.retryAfterSeconds).toBeUndefined();
    for (let i = 0; i < 4; i += 1) {
      last = await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }));
      left.push(last.attemptsRemaining);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(last).toMatchObject({ status: 422, code: 'invalid_code', retryAfterSeconds: 24 * 3600 });
  });

  it('Throttles: decoy flows block like real ones, for unknown and ineligible IDs alike', async () => {
    const kit = await createKit();
    for (const userId of ['nobody@contoso.com', 'dee@contoso.com']) {
      const flow = await kit.start(userId);
      const challenge = await kit.challenge(flow.flowId, kit.method(flow, flow.methods.some((method) => method.kind === 'email') ? 'email' : 'appCode'));
      for (let i = 0; i < 5; i += 1) {
        expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: '1234' }))).toMatchObject({ status: 422 });
      }
      expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: '1234' }))).toMatchObject({ status: 429 });
      expect(await problemOf(kit.start(userId))).toMatchObject({ status: 429, code: 'throttled' });
    }
  });

  it('Throttles: failures more than an hour apart do not add up', async () => {
    const kit = await createKit();
    for (let i = 0; i < 6; i += 1) {
      const flow = await kit.start('ada@contoso.com');
      const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
      const wrong = kit.lastCode('ada.lovelace@fabrikam.com') === '00000000' ? '11111111' : '00000000';
      expect(await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }))).toMatchObject({ status: 422 });
      kit.advance(15 * minute);
    }
    expect((await kit.start('ada@contoso.com')).step).toBe('verify');
  });

  it('Throttles: the 11th e-mail within 10 minutes is refused', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    for (let i = 0; i < 10; i += 1) {
      kit.advance(30 * 1000);
      await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    }
    expect(kit.outbox('ada.lovelace@fabrikam.com')).toHaveLength(10);
    expect(await problemOf(kit.challenge(flow.flowId, kit.method(flow, 'email')))).toMatchObject({ status: 429, code: 'throttled' });
    expect(kit.outbox('ada.lovelace@fabrikam.com')).toHaveLength(10);
    expect(await problemOf(kit.start('ada@contoso.com'))).toMatchObject({ status: 429 });
  });

  it('Throttles: 5 completed resets within 1 hour block further resets', async () => {
    const kit = await createKit();
    for (let i = 0; i < 5; i += 1) {
      const { flow } = await verifiedFlow(kit);
      await kit.setPassword(flow.flowId, `${newPassword}-${i}`);
      kit.advance(5 * minute);
    }
    const blocked = await problemOf(kit.start('ada@contoso.com'));
    expect(blocked).toMatchObject({ status: 429, code: 'throttled' });
    expect(resetRows(kit, 'blocked').map((row) => row.reason)).toContain('too_many_resets');
  });

  it('Throttles: failure counters clear after a successful reset', async () => {
    const kit = await createKit();
    const flow = await kit.start('ada@contoso.com');
    const challenge = await kit.challenge(flow.flowId, kit.method(flow, 'email'));
    const code = kit.lastCode('ada.lovelace@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 0; i < 4; i += 1) await problemOf(kit.verify(flow.flowId, challenge.challengeId, { code: wrong }));
    await kit.verify(flow.flowId, challenge.challengeId, { code });
    await kit.setPassword(flow.flowId, newPassword);
    expect(kit.state.throttles.get('u-ada')?.failedVerifications).toEqual([]);
    // Four more failures now do not block: the count started again.
    const next = await kit.start('ada@contoso.com');
    const again = await kit.challenge(next.flowId, kit.method(next, 'email'));
    for (let i = 0; i < 4; i += 1) await problemOf(kit.verify(next.flowId, again.challengeId, { code: wrong }));
    expect((await kit.verify(next.flowId, again.challengeId, { code: kit.lastCode('ada.lovelace@fabrikam.com') })).step).toBe('password');
  });
});

function never(): never {
  throw new Error('missing fixture user');
}
