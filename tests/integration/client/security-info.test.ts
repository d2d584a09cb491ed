import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@/api';
import { expectProblem, useMockBackend } from '../harness';
import { areas } from './areas';

const mock = await useMockBackend();
const api = mock.anonymous;
const newPassword = 'Harbour-Lantern-42!';

async function totpNow(secret: string): Promise<string> {
  const { now } = await api.call('getClock');
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

async function registerEmail(person: ApiClient, address: string) {
  const started = await person.call('startEmailVerification', { body: { value: address } });
  const code = await mock.lastCode(address);
  return person.call('completeEmail', { body: { verificationId: started.verificationId, code } });
}

describe('security info through the typed client', () => {
  it('shows a person’s methods, masked, and whether they are registered', async () => {
    const adele = await mock.as('adele@contoso.com');
    const info = await adele.call('getSecurityInfo');
    expect(info).toMatchObject({ registered: true, methodsRequired: 1 });
    const email = info.methods.find((method) => method.kind === 'email');
    expect(email).toMatchObject({ registered: true, masked: expect.stringMatching(/^ad.*@fabrikam\.com$/) });
    expect(JSON.stringify(info)).not.toContain('adele.vance@');
    await expectProblem(api.call('getSecurityInfo'), 'unauthenticated');
  });

  it('registers an e-mail address with the code it sends, and the person becomes registered', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    expect((await nestor.call('getSecurityInfo')).registered).toBe(false);
    const started = await nestor.call('startEmailVerification', { body: { value: 'nestor.w@fabrikam.com' } });
    expect(started.codeLength).toBe(8);
    const code = await mock.lastCode('nestor.w@fabrikam.com');
    const info = await nestor.call('completeEmail', { body: { verificationId: started.verificationId, code } });
    expect(info.registered).toBe(true);
    expect(info.lastConfirmedAt).toBe((await api.call('getClock')).now);
    // A used code does not work twice.
    await expectProblem(nestor.call('completeEmail', { body: { verificationId: started.verificationId, code } }), 'invalid_code');
  });

  it('refuses a malformed address, a wrong code, an expired code and an unknown verification', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    const invalid = await expectProblem(nestor.call('startEmailVerification', { body: { value: 'not-an-address' } }), 'validation_failed');
    expect(invalid.violations).toContainEqual(expect.objectContaining({ field: 'value' }));
    const started = await nestor.call('startEmailVerification', { body: { value: 'nestor.w@fabrikam.com' } });
    const code = await mock.lastCode('nestor.w@fabrikam.com');
    const wrong = code === '00000000' ? '11111111' : '00000000';
    await expectProblem(nestor.call('completeEmail', { body: { verificationId: started.verificationId, code: wrong } }), 'invalid_code');
    await api.call('advanceClock', { body: { advanceSeconds: 5 * 60 + 1 } });
    await expectProblem(nestor.call('completeEmail', { body: { verificationId: started.verificationId, code } }), 'code_expired');
    await expectProblem(nestor.call('completeEmail', { body: { verificationId: 'no-such-verification', code } }), 'not_found');
    await expectProblem(api.call('startEmailVerification', { body: { value: 'a@b.com' } }), 'unauthenticated');
    await expectProblem(api.call('completeEmail', { body: { verificationId: 'x', code } }), 'unauthenticated');
  });

  it('limits how many e-mails a person can ask for', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    let refused = null;
    for (let sent = 0; sent < 30 && refused === null; sent += 1) {
      try {
        await nestor.call('startEmailVerification', { body: { value: `nestor${sent}@fabrikam.com` } });
      } catch (error) {
        refused = error;
      }
    }
    const problem = await expectProblem(Promise.reject(refused), 'throttled');
    expect(problem.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('registers a mobile phone by text, and refuses a malformed number and a wrong code', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    await expectProblem(nestor.call('startPhoneVerification', { body: { value: '555 0100', channel: 'sms' } }), 'validation_failed');
    const started = await nestor.call('startPhoneVerification', { body: { value: '+1 425 555 0177', channel: 'sms' } });
    expect(started.codeLength).toBe(6);
    const code = await mock.lastCode('+14255550177');
    const wrong = code === '000000' ? '111111' : '000000';
    await expectProblem(nestor.call('completeMobilePhone', { body: { verificationId: started.verificationId, code: wrong } }), 'invalid_code');
    const info = await nestor.call('completeMobilePhone', { body: { verificationId: started.verificationId, code } });
    expect(info.methods.find((method) => method.kind === 'mobilePhone')).toMatchObject({ registered: true, masked: expect.stringMatching(/77$/) });
    await expectProblem(nestor.call('completeMobilePhone', { body: { verificationId: 'no-such-verification', code } }), 'not_found');
    await expectProblem(api.call('startPhoneVerification', { body: { value: '+1 425 555 0177', channel: 'voice' } }), 'unauthenticated');
    await expectProblem(api.call('completeMobilePhone', { body: { verificationId: 'x', code } }), 'unauthenticated');
  });

  it('expires a phone code after 5 minutes', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    const started = await nestor.call('startPhoneVerification', { body: { value: '+1 425 555 0177', channel: 'voice' } });
    const code = await mock.lastCode('+14255550177');
    await api.call('advanceClock', { body: { advanceSeconds: 5 * 60 + 1 } });
    await expectProblem(nestor.call('completeMobilePhone', { body: { verificationId: started.verificationId, code } }), 'code_expired');
  });

  it('registers the authenticator app with a valid TOTP code', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    const started = await nestor.call('startAppVerification', { body: {} });
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    await expectProblem(nestor.call('completeApp', { body: { verificationId: started.verificationId, code: '000000' === (await totpNow(started.secret)) ? '111111' : '000000' } }), 'invalid_code');
    const info = await nestor.call('completeApp', { body: { verificationId: started.verificationId, code: await totpNow(started.secret) } });
    expect(info.methods.find((method) => method.kind === 'app')?.registered).toBe(true);
    await expectProblem(nestor.call('completeApp', { body: { verificationId: 'no-such-verification', code: '123456' } }), 'not_found');
    await expectProblem(api.call('startAppVerification', { body: {} }), 'unauthenticated');
    await expectProblem(api.call('completeApp', { body: { verificationId: 'x', code: '123456' } }), 'unauthenticated');
  });

  it('refuses the app when the policy does not allow it, and expires an unfinished one', async () => {
    const admin = await mock.admin();
    const policy = await admin.call('getPolicy');
    const nestor = await mock.as('nestor@contoso.com');
    const started = await nestor.call('startAppVerification', { body: {} });
    await api.call('advanceClock', { body: { advanceSeconds: 24 * 3600 } });
    const again = await mock.as('nestor@contoso.com');
    await expectProblem(again.call('completeApp', { body: { verificationId: started.verificationId, code: await totpNow(started.secret) } }), 'code_expired');
    const admin2 = await mock.admin();
    await admin2.call('putPolicy', {
      body: { ...policy, methodsAllowed: policy.methodsAllowed.filter((method) => method !== 'appCode' && method !== 'appNotification') },
    });
    await expectProblem(again.call('startAppVerification', { body: {} }), 'validation_failed');
    expect(admin).toBeDefined();
  });

  it('registers security questions and refuses answers that break the rules', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    const info = await nestor.call('getSecurityInfo');
    const [first, second, third] = info.questions.predefined;
    if (!first || !second || !third) throw new Error('Fewer than three predefined questions');
    const duplicate = await expectProblem(
      nestor.call('registerQuestions', {
        body: { answers: [first, second, third].map((question) => ({ questionId: question.questionId, answer: 'same' })) },
      }),
      'validation_failed',
    );
    expect(duplicate.violations.length).toBeGreaterThan(0);
    const registered = await nestor.call('registerQuestions', {
      body: {
        answers: [
          { questionId: first.questionId, answer: 'Utrecht' },
          { questionId: second.questionId, answer: 'Bobbie' },
          { questionId: third.questionId, answer: 'Green' },
        ],
      },
    });
    expect(registered.questions.registeredQuestionIds).toHaveLength(3);
    await expectProblem(api.call('registerQuestions', { body: { answers: [] } }), 'unauthenticated');
  });

  it('deletes a method, but not the office phone an admin set, nor one that is not there', async () => {
    const adele = await mock.as('adele@contoso.com');
    const info = await adele.call('deleteMethod', { params: { kind: 'email' } });
    expect(info.methods.find((method) => method.kind === 'email')?.registered).toBe(false);
    await expectProblem(adele.call('deleteMethod', { params: { kind: 'email' } }), 'not_found');
    const isaiah = await mock.as('isaiah@contoso.com');
    await expectProblem(isaiah.call('deleteMethod', { params: { kind: 'officePhone' } }), 'validation_failed');
    await expectProblem(api.call('deleteMethod', { params: { kind: 'email' } }), 'unauthenticated');
  });

  it('reconfirms (“Looks good”) only a registered person', async () => {
    const alex = await mock.as('alex@contoso.com');
    const info = await alex.call('confirmSecurityInfo', {});
    expect(info.lastConfirmedAt).toBe((await api.call('getClock')).now);
    const nestor = await mock.as('nestor@contoso.com');
    await expectProblem(nestor.call('confirmSecurityInfo', {}), 'not_registered');
    await expectProblem(api.call('confirmSecurityInfo', {}), 'unauthenticated');
    await registerEmail(nestor, 'nestor.w@fabrikam.com');
    await expect(nestor.call('confirmSecurityInfo', {})).resolves.toMatchObject({ registered: true });
  });

  it('changes a known password, and refuses a wrong current one, a weak new one and one without writeback', async () => {
    const adele = await mock.as('adele@contoso.com');
    const wrong = await expectProblem(
      adele.call('changePassword', { body: { currentPassword: 'not-it', newPassword } }),
      'password_policy',
    );
    expect(wrong.violations).toEqual([{ code: 'wrong_current_password' }]);
    const weak = await expectProblem(
      adele.call('changePassword', { body: { currentPassword: 'Adele-Demo-2026!', newPassword: 'short' } }),
      'password_policy',
    );
    expect(weak.violations.map((violation) => violation.code)).toContain('too_short');
    await adele.call('changePassword', { body: { currentPassword: 'Adele-Demo-2026!', newPassword } });
    await api.call('signIn', { body: { userId: 'adele@contoso.com', password: newPassword } });
    await expectProblem(api.call('changePassword', { body: { currentPassword: 'x', newPassword } }), 'unauthenticated');

    const admin = await mock.admin();
    const policy = await admin.call('getPolicy');
    await admin.call('putPolicy', { body: { ...policy, onPremises: { ...policy.onPremises, writeback: false } } });
    const lynne = await mock.as('lynne@contoso.com');
    await expectProblem(lynne.call('changePassword', { body: { currentPassword: 'x', newPassword } }), 'writeback_disabled');
  });

  it('locks password changes for a minute after 10 wrong current passwords', async () => {
    const adele = await mock.as('adele@contoso.com');
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await expectProblem(adele.call('changePassword', { body: { currentPassword: `wrong-${attempt}`, newPassword } }), 'password_policy');
    }
    const locked = await expectProblem(
      adele.call('changePassword', { body: { currentPassword: 'Adele-Demo-2026!', newPassword } }),
      'throttled',
    );
    expect(locked.retryAfterSeconds).toBe(60);
    await api.call('advanceClock', { body: { advanceSeconds: 61 } });
    await adele.call('changePassword', { body: { currentPassword: 'Adele-Demo-2026!', newPassword } });
  });

  it('covers every success and error code of its endpoints', async () => {
    expect(await mock.answers.missing(areas.securityInfo)).toEqual([]);
  });
});
