import * as OTPAuth from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { ResetFlow, ResetMethodKind } from '@/api';
import { predefinedQuestions } from '../../mocks/rules/questions';
import { testBaseUrl } from '../../mocks/node';
import { adminPassword, useMockBackend } from './harness';
import { findLeaks } from './leak-scan';

const mock = await useMockBackend();
const api = mock.anonymous;

describe('the leak scan itself', () => {
  it('No secrets: the scan names a code, a password, an answer, a hash and a stack trace, and skips the dev API', () => {
    const secrets = [
      { kind: 'code', value: '12345678' },
      { kind: 'password', value: 'Harbour-Lantern-42!' },
      { kind: 'answer', value: 'Springfield' },
    ] as const;
    expect(findLeaks([{ endpoint: 'getReset', text: '{"flowId":"f","note":"12345678"}' }], secrets)).toEqual(['getReset: a code (12345678)']);
    expect(findLeaks([{ endpoint: 'getMe', text: '{"x":"Harbour-Lantern-42!"}' }], secrets)).toHaveLength(1);
    expect(findLeaks([{ endpoint: 'getSecurityInfo', text: '{"a":"Springfield"}' }], secrets)).toHaveLength(1);
    expect(findLeaks([{ endpoint: 'listUsers', text: '{"h":"pbkdf2$2000$abc$def"}' }], [])).toEqual(['listUsers: a hash']);
    const trace = JSON.stringify({ title: 'TypeError: x\n    at answer (mocks/handlers/create-handlers.ts:120:11)' });
    expect(findLeaks([{ endpoint: 'signIn', text: trace }], [])).toEqual(['signIn: a stack trace']);
    expect(findLeaks([{ endpoint: 'getOutbox', text: '{"code":"12345678"}' }], secrets)).toEqual([]);
    // A temporary password belongs in the admin reset answer, and nowhere else.
    const temporary = [{ kind: 'password', value: 'Tmp-Pass-9x!' }] as const;
    expect(findLeaks([{ endpoint: 'adminResetPassword', text: '{"temporaryPassword":"Tmp-Pass-9x!"}' }], temporary)).toEqual([]);
    expect(findLeaks([{ endpoint: 'getUser', text: '{"p":"Tmp-Pass-9x!"}' }], temporary)).toHaveLength(1);
  });
});

async function startReset(userId: string): Promise<ResetFlow> {
  const captcha = await api.call('getCaptcha');
  if (!captcha.enabled) return api.call('startReset', { body: { userId } });
  const { answer } = await api.call('getCaptchaAnswer', { params: { challengeId: captcha.challengeId } });
  return api.call('startReset', { body: { userId, captcha: { challengeId: captcha.challengeId, answer } } });
}

function methodId(flow: ResetFlow, kind: ResetMethodKind): string {
  const method = flow.methods.find((candidate) => candidate.kind === kind);
  if (!method) throw new Error(`No ${kind} method`);
  return method.methodId;
}

describe('a scripted session over every path that handles a secret', () => {
  it('No secrets: no answer of a whole session contains a code, a password, an answer, a hash or a stack trace', async () => {
    // Reset by e-mail and by text, with a wrong code first; the new password is checked and set.
    const flow = await startReset('adele@contoso.com');
    const email = await api.call('createChallenge', { params: { flowId: flow.flowId }, body: { methodId: methodId(flow, 'email') } });
    const code = await mock.lastCode('adele.vance@fabrikam.com');
    const params = { flowId: flow.flowId, challengeId: email.challengeId };
    await api.call('verifyChallenge', { params, body: { code: code === '00000000' ? '11111111' : '00000000' } }).catch(() => undefined);
    await api.call('verifyChallenge', { params, body: { code } });
    await api.call('verifyChallenge', { params, body: { code } }).catch(() => undefined);
    await api.call('checkPassword', { body: { password: 'Adele-Weak-Adele1', flowId: flow.flowId } });
    await api.call('resetPassword', { params: { flowId: flow.flowId }, body: { newPassword: 'Harbour-Lantern-42!' } });
    const text = await startReset('adele@contoso.com');
    await api.call('createChallenge', { params: { flowId: text.flowId }, body: { methodId: methodId(text, 'mobileText'), phoneNumber: '+1 425 555 0101' } });
    await api.call('getReset', { params: { flowId: text.flowId } });

    // Security questions at reset: wrong answers, then the right ones.
    const questionsFlow = await startReset('isaiah@contoso.com');
    const asked = await api.call('createChallenge', { params: { flowId: questionsFlow.flowId }, body: { methodId: methodId(questionsFlow, 'questions') } });
    await api
      .call('verifyChallenge', {
        params: { flowId: questionsFlow.flowId, challengeId: asked.challengeId },
        body: { answers: (asked.questions ?? []).map(({ questionId }) => ({ questionId, answer: 'Springfield' })) },
      })
      .catch(() => undefined);

    // Sign in, register an e-mail, the app and questions, change the password.
    const session = await api.call('signIn', { body: { userId: 'nestor@contoso.com', password: 'Nestor-Demo-2026!' } });
    const nestor = mock.client(session.token);
    const started = await nestor.call('startEmailVerification', { body: { value: 'nestor.w@fabrikam.com' } });
    await nestor.call('completeEmail', { body: { verificationId: started.verificationId, code: await mock.lastCode('nestor.w@fabrikam.com') } });
    const app = await nestor.call('startAppVerification', { body: {} });
    const { now } = await api.call('getClock');
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(app.secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
    await nestor.call('completeApp', { body: { verificationId: app.verificationId, code: totp } });
    const answers = predefinedQuestions.slice(0, 3).map(({ questionId }, i) => ({ questionId, answer: ['Valparaiso', 'Biscuit-the-dog', 'Marmalade'][i] ?? '' }));
    await nestor.call('registerQuestions', { body: { answers } });
    await nestor.call('getSecurityInfo');
    await nestor.call('changePassword', { body: { currentPassword: 'Nestor-Demo-2026!', newPassword: 'Quiet-Orchard-Sail-77' } }).catch(() => undefined);
    await nestor.call('changePassword', { body: { currentPassword: 'Wrong-Current-99', newPassword: 'Quiet-Orchard-Sail-78' } }).catch(() => undefined);

    // The admin: create a user with a password, reset one, read users, reports (JSON and CSV) and the audit log.
    const admin = mock.client((await api.call('signIn', { body: { userId: 'admin@contoso.com', password: adminPassword } })).token);
    const created = await admin.call('createUser', { body: { userPrincipalName: 'leak.check@contoso.com', displayName: 'Leak Check', password: 'Copper-Kettle-Rain-31' } });
    const { temporaryPassword } = await admin.call('adminResetPassword', { params: { id: created.id } });
    await api.call('signIn', { body: { userId: 'leak.check@contoso.com', password: temporaryPassword } });
    await admin.call('getUser', { params: { id: created.id } });
    await admin.call('listUsers', { query: { query: 'nestor' } });
    await admin.call('listResets', { query: {} });
    await admin.call('listRegistrations', { query: {} });
    await admin.call('listAudit', { query: {} });
    await admin.call('getReportSummary', { query: {} });
    const token = (await api.call('signIn', { body: { userId: 'admin@contoso.com', password: adminPassword } })).token;
    for (const path of ['reports/resets', 'reports/registrations', 'audit']) {
      const response = await fetch(`${testBaseUrl}/admin/${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'text/csv' } });
      expect(response.headers.get('Content-Type')).toContain('text/csv');
      await response.text();
    }

    expect(await mock.scan.secretKinds()).toEqual(new Set(['code', 'password', 'answer', 'totpSecret']));
    expect(await mock.scan.leaks()).toEqual([]);
  });
});
