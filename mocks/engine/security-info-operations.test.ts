import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf, type BackendKit } from '../testing/backend-fixture';
import type { RequestContext } from './operations';
import { predefinedQuestions } from '../rules/questions';
import { totpCode } from '../rules/totp';

const minute = 60 * 1000;

async function latestCode(kit: BackendKit, to: string): Promise<string> {
  const { items } = await kit.backend.operations.getOutbox({ ...none, query: { to } }, { token: null });
  return items[0]?.code ?? '';
}

async function startEmail(kit: BackendKit, context: RequestContext, value = 'nestor.wilke@fabrikam.com') {
  return kit.backend.operations.startEmailVerification({ ...none, body: { value } }, context);
}

describe('what security info says about reset', () => {
  it('Security info: resetUnavailableReason names the first eligibility failure, null when a reset would work', async () => {
    const kit = await createBackendKit();
    const reasonOf = async (upn: string) => (await kit.backend.operations.getSecurityInfo(none, await kit.as(upn))).resetUnavailableReason;
    expect(await reasonOf('adele@contoso.com')).toBeNull();
    expect(await reasonOf('diego@contoso.com')).toBe('not_in_group');
    expect(await reasonOf('pradeep@contoso.com')).toBe('not_licensed');
    expect(await reasonOf('nestor@contoso.com')).toBe('not_registered');
    kit.backend.deps.state().policy.onPremises.writeback = false;
    expect(await reasonOf('lynne@contoso.com')).toBe('writeback_disabled');
  });
});

describe('registering security info', () => {
  it('Security info: an e-mail code is 8 digits, sent through the outbox, and registers authenticationEmail', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await startEmail(kit, context);
    expect(started.codeLength).toBe(8);
    const code = await latestCode(kit, 'nestor.wilke@fabrikam.com');
    expect(code).toMatch(/^\d{8}$/);
    const info = await kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, context);
    expect(info.methods.find((method) => method.kind === 'email')).toMatchObject({ registered: true, masked: 'ne******@fabrikam.com' });
    expect(info.registered).toBe(true);
    expect(info.lastConfirmedAt).toBe(new Date(Date.parse('2026-03-02T09:00:00.000Z')).toISOString());
    const state = kit.backend.deps.state();
    expect(state.reports.registrations.at(-1)).toMatchObject({ userPrincipalName: 'nestor@contoso.com', methods: ['email'] });
    expect(state.audit.at(-1)).toMatchObject({ activity: 'registerEmail' });
  });

  it('Security info: a newer code voids the older one', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const first = await startEmail(kit, context);
    const firstCode = await latestCode(kit, 'nestor.wilke@fabrikam.com');
    await startEmail(kit, context);
    const problem = await problemOf(kit.backend.operations.completeEmail({ ...none, body: { verificationId: first.verificationId, code: firstCode } }, context));
    expect(problem).toMatchObject({ status: 422, code: 'invalid_code' });
  });

  it('Security info: codes expire after 5 minutes', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await startEmail(kit, context);
    const code = await latestCode(kit, 'nestor.wilke@fabrikam.com');
    kit.tick(5 * minute);
    const problem = await problemOf(kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, context));
    expect(problem).toMatchObject({ status: 422, code: 'code_expired' });
  });

  it('Security info: a code is single use, and a wrong code fails', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await startEmail(kit, context);
    const code = await latestCode(kit, 'nestor.wilke@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    expect(await problemOf(kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code: wrong } }, context))).toMatchObject({ code: 'invalid_code' });
    await kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, context);
    expect(await problemOf(kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code } }, context))).toMatchObject({ code: 'invalid_code' });
  });

  it('Security info: five wrong codes void the verification, so a code cannot be guessed', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await startEmail(kit, context);
    const code = await latestCode(kit, 'nestor.wilke@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    const complete = (tried: string) =>
      kit.backend.operations.completeEmail({ ...none, body: { verificationId: started.verificationId, code: tried } }, context);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await problemOf(complete(wrong))).toMatchObject({ code: 'invalid_code' });
    }
    expect(await problemOf(complete(code))).toMatchObject({ code: 'invalid_code' });
  });

  it('Security info: a malformed e-mail address is refused with validation_failed', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    expect(await problemOf(startEmail(kit, context, 'nestor@'))).toMatchObject({ status: 422, code: 'validation_failed' });
  });

  it('Security info: more than 10 verification e-mails in 10 minutes are throttled', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    for (let i = 0; i < 10; i += 1) await startEmail(kit, context);
    const problem = await problemOf(startEmail(kit, context));
    expect(problem).toMatchObject({ status: 429, code: 'throttled' });
    expect(problem.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('Security info: phone codes are 6 digits, by text or call, sent to E.164', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await kit.backend.operations.startPhoneVerification({ ...none, body: { value: '+31 6 12345678', channel: 'voice' } }, context);
    expect(started.codeLength).toBe(6);
    const { items } = await kit.backend.operations.getOutbox({ ...none, query: { to: '+31 6 1234 5678' } }, { token: null });
    expect(items[0]).toMatchObject({ channel: 'voice', to: '+31612345678' });
    expect(items[0]?.code).toMatch(/^\d{6}$/);
    const info = await kit.backend.operations.completeMobilePhone({ ...none, body: { verificationId: started.verificationId, code: items[0]?.code ?? '' } }, context);
    expect(info.methods.find((method) => method.kind === 'mobilePhone')).toMatchObject({ registered: true, masked: '+** *******78' });
    const state = kit.backend.deps.state();
    expect(state.users.get(state.userIdsByUpn.get('nestor@contoso.com') ?? '')?.contact.authenticationPhone).toBe('+31 6 12345678');
  });

  it('Security info: a phone number typed in another notation is stored as +<country code> <number>', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await kit.backend.operations.startPhoneVerification({ ...none, body: { value: '+31 (0)6-1234 5678', channel: 'sms' } }, context);
    const code = await latestCode(kit, '+31612345678');
    const info = await kit.backend.operations.completeMobilePhone({ ...none, body: { verificationId: started.verificationId, code } }, context);
    expect(info.methods.find((method) => method.kind === 'mobilePhone')?.registered).toBe(true);
    const state = kit.backend.deps.state();
    expect(state.users.get(state.userIdsByUpn.get('nestor@contoso.com') ?? '')?.contact.authenticationPhone).toBe('+31 6 12345678');
  });

  it('Security info: a phone number without a country code is refused', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const problem = await problemOf(kit.backend.operations.startPhoneVerification({ ...none, body: { value: '06 12345678', channel: 'sms' } }, context));
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
  });

  it('Security info: the app shows a secret and an otpauth URI and needs one valid TOTP code', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const started = await kit.backend.operations.startAppVerification({ ...none, body: {} }, context);
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const now = new Date(kit.backend.deps.now());
    const good = totpCode(started.secret, now);
    const bad = good === '000000' ? '111111' : '000000';
    expect(await problemOf(kit.backend.operations.completeApp({ ...none, body: { verificationId: started.verificationId, code: bad } }, context))).toMatchObject({ code: 'invalid_code' });
    const info = await kit.backend.operations.completeApp({ ...none, body: { verificationId: started.verificationId, code: good } }, context);
    expect(info.methods.find((method) => method.kind === 'app')?.registered).toBe(true);
  });

  it('Security info: questions need registerCount distinct questions with distinct answers of 3–40 characters; answers are hashed', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    const [a, b, c] = predefinedQuestions.map((question) => question.questionId);
    const register = (answers: { questionId: string; answer: string }[]) =>
      kit.backend.operations.registerQuestions({ ...none, body: { answers } }, context);
    expect(await problemOf(register([{ questionId: a ?? '', answer: 'Paris' }]))).toMatchObject({ code: 'validation_failed' });
    expect(await problemOf(register([{ questionId: a ?? '', answer: 'Paris' }, { questionId: b ?? '', answer: 'paris' }, { questionId: c ?? '', answer: 'Rex' }]))).toMatchObject({ code: 'validation_failed' });
    expect(await problemOf(register([{ questionId: a ?? '', answer: 'Paris' }, { questionId: b ?? '', answer: 'Fido' }, { questionId: c ?? '', answer: 'no' }]))).toMatchObject({ code: 'validation_failed' });
    const info = await register([{ questionId: a ?? '', answer: 'Paris' }, { questionId: b ?? '', answer: 'Fido' }, { questionId: c ?? '', answer: 'Green' }]);
    expect(info.questions.registeredQuestionIds).toEqual([a, b, c]);
    const stored = kit.backend.deps.state().users.get(kit.backend.deps.state().userIdsByUpn.get('nestor@contoso.com') ?? '')?.questions ?? [];
    expect(stored.map((answer) => answer.answerHash).join(' ')).not.toMatch(/paris|fido|green/i);
  });

  it("Security info: admins can't register questions (422)", async () => {
    const kit = await createBackendKit();
    const context = await kit.as('megan@contoso.com');
    const answers = predefinedQuestions.slice(0, 3).map(({ questionId }, i) => ({ questionId, answer: `answer ${i}` }));
    const problem = await problemOf(kit.backend.operations.registerQuestions({ ...none, body: { answers } }, context));
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
  });

  it('Security info: the office phone is not editable by the person', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('isaiah@contoso.com');
    const info = await kit.backend.operations.getSecurityInfo(none, context);
    expect(info.methods.find((method) => method.kind === 'officePhone')).toMatchObject({ registered: true, editable: false, masked: '+* ********07' });
    const problem = await problemOf(kit.backend.operations.deleteMethod({ ...none, params: { kind: 'officePhone' } }, context));
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
  });

  it('Security info: pre-populated data shows pre-filled at registration', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('johanna@contoso.com');
    const info = await kit.backend.operations.getSecurityInfo(none, context);
    expect(info.methods.find((method) => method.kind === 'mobilePhone')).toMatchObject({ registered: false, prefill: '+31 6 12345678' });
    expect(info.registered).toBe(true);
  });

  it('Security info: deleting a method removes it', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    const info = await kit.backend.operations.deleteMethod({ ...none, params: { kind: 'email' } }, context);
    expect(info.methods.find((method) => method.kind === 'email')?.registered).toBe(false);
    expect(await problemOf(kit.backend.operations.deleteMethod({ ...none, params: { kind: 'app' } }, context))).toMatchObject({ status: 404 });
  });

  it('Security info: "Looks good" sets lastConfirmedAt, and reconfirmDueAt follows reconfirmDays', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('alex@contoso.com');
    const info = await kit.backend.operations.confirmSecurityInfo({ ...none, body: {} }, context);
    expect(info.lastConfirmedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(info.reconfirmDueAt).toBe('2026-08-29T09:00:00.000Z');
    const nestor = await kit.as('nestor@contoso.com');
    expect(await problemOf(kit.backend.operations.confirmSecurityInfo({ ...none, body: {} }, nestor))).toMatchObject({ status: 403, code: 'not_registered' });
  });
});
