import { describe, expect, it } from 'vitest';
import { endpoints } from '@/api';
import { createBackendKit, none, type BackendKit } from '../testing/backend-fixture';
import { findUserByUpn } from './eligibility';
import { ProblemError, type RequestContext } from './operations';
import { personas } from '../store/seed';
import { stateSnapshot } from '../store/state';

/** Names every plain object answers through its prototype: an index keyed by raw IDs must not. */
const hostileIds = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

const adminPassword = personas.find((persona) => persona.userPrincipalName === 'admin@contoso.com')?.password ?? '';

/** The status the call would answer: 200 when it succeeded, the problem's status, or 500 for anything else. */
async function statusOf(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (error) {
    // Anything but a problem is what the HTTP layer answers with a 500.
    return error instanceof ProblemError ? error.problem.status : 500;
  }
}

function prototypeNames(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** Every operation that looks something up by an ID taken from the request. */
function idCalls(kit: BackendKit, id: string, admin: RequestContext, user: RequestContext, realUserId: string) {
  const ops = kit.backend.operations;
  return {
    getReset: () => ops.getReset({ ...none, params: { flowId: id } }, user),
    createChallenge: () => ops.createChallenge({ ...none, params: { flowId: id }, body: { methodId: id } }, user),
    getChallenge: () => ops.getChallenge({ ...none, params: { flowId: id, challengeId: id } }, user),
    verifyChallenge: () => ops.verifyChallenge({ ...none, params: { flowId: id, challengeId: id }, body: { code: '123456' } }, user),
    resetPassword: () => ops.resetPassword({ ...none, params: { flowId: id }, body: { newPassword: 'Brand-New-Pass-2026!' } }, user),
    unlockAccount: () => ops.unlockAccount({ ...none, params: { flowId: id } }, user),
    contactAdmin: () => ops.contactAdmin({ ...none, params: { flowId: id } }, user),
    cancelReset: () => ops.cancelReset({ ...none, params: { flowId: id } }, user),
    checkPassword: () => ops.checkPassword({ ...none, body: { password: 'x', flowId: id } }, user),
    getCaptchaAnswer: () => ops.getCaptchaAnswer({ ...none, params: { challengeId: id } }, user),
    startResetCaptcha: () => ops.startReset({ ...none, body: { userId: 'adele@contoso.com', captcha: { challengeId: id, answer: 'x' } } }, user),
    approvePush: () => ops.approvePush({ ...none, params: { id } }, user),
    denyPush: () => ops.denyPush({ ...none, params: { id } }, user),
    devSignIn: () => ops.devSignIn({ ...none, body: { userId: id } }, { token: null }),
    getMeWithToken: () => ops.getMe(none, { token: id }),
    completeEmail: () => ops.completeEmail({ ...none, body: { verificationId: id, code: '12345678' } }, user),
    completeMobilePhone: () => ops.completeMobilePhone({ ...none, body: { verificationId: id, code: '123456' } }, user),
    completeApp: () => ops.completeApp({ ...none, body: { verificationId: id, code: '123456' } }, user),
    getUser: () => ops.getUser({ ...none, params: { id } }, admin),
    patchUser: () => ops.patchUser({ ...none, params: { id }, body: { displayName: 'Mallory' } }, admin),
    patchUserGroup: () => ops.patchUser({ ...none, params: { id: realUserId }, body: { groupIds: [id] } }, admin),
    deleteUser: () => ops.deleteUser({ ...none, params: { id } }, admin),
    unlockUser: () => ops.unlockUser({ ...none, params: { id } }, admin),
    adminResetPassword: () => ops.adminResetPassword({ ...none, params: { id } }, admin),
  };
}

describe('IDs that name Object.prototype members', () => {
  it('Hostile IDs: every lookup answers a 4xx problem, pollutes nothing, changes no state, and the admin can still sign in', async () => {
    const kit = await createBackendKit();
    const admin = await kit.as('admin@contoso.com');
    const user = await kit.as('adele@contoso.com');
    const realUserId = findUserByUpn(kit.backend.deps.state(), 'adele@contoso.com')?.id ?? '';
    const before = prototypeNames();
    const snapshot = stateSnapshot(kit.backend.deps.state());

    for (const id of hostileIds) {
      for (const [name, call] of Object.entries(idCalls(kit, id, admin, user, realUserId))) {
        const status = await statusOf(call);
        expect({ id, name, status: status >= 400 && status < 500 }).toEqual({ id, name, status: true });
      }
    }

    // A wrong sign-in is counted (the throttle), so it runs after the snapshot comparison.
    expect(stateSnapshot(kit.backend.deps.state())).toBe(snapshot);
    for (const id of hostileIds) {
      const status = await statusOf(() => kit.backend.operations.signIn({ ...none, body: { userId: id, password: 'x' } }, { token: null, client: id }));
      expect({ id, status }).toEqual({ id, status: 401 });
    }
    expect(prototypeNames()).toEqual(before);
    expect(({} as Record<string, unknown>).adminContactedAt).toBeUndefined();
    // The strict request schemas still accept a clean body (a polluted prototype made them see unknown fields).
    expect(endpoints.signIn.body.safeParse({ userId: 'admin@contoso.com', password: adminPassword }).success).toBe(true);
    const session = await kit.backend.operations.signIn({ ...none, body: { userId: 'admin@contoso.com', password: adminPassword } }, { token: null });
    expect(session.user.isAdmin).toBe(true);
  });

  it('Hostile IDs: a reset for a user ID such as "__proto__" is an ordinary unknown user (the decoy flow)', async () => {
    const kit = await createBackendKit();
    const ops = kit.backend.operations;
    for (const id of hostileIds) {
      const captcha = await ops.getCaptcha(none, { token: null });
      if (!captcha.enabled) throw new Error('the seed policy asks for a CAPTCHA');
      const { answer } = await ops.getCaptchaAnswer({ ...none, params: { challengeId: captcha.challengeId } }, { token: null });
      const flow = await ops.startReset({ ...none, body: { userId: id, captcha: { challengeId: captcha.challengeId, answer } } }, { token: null });
      expect(flow.step).toBe('verify');
      await expect(ops.getReset({ ...none, params: { flowId: flow.flowId } }, { token: null })).resolves.toMatchObject({ flowId: flow.flowId });
    }
    expect(({} as Record<string, unknown>).adminContactedAt).toBeUndefined();
  });
});
