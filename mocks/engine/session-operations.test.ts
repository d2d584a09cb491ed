import { describe, expect, it, vi } from 'vitest';
import { createBackendKit, none, problemOf } from '../testing/backend-fixture';

const anonymous = { token: null };
const dayMs = 24 * 60 * 60 * 1000;

describe('sign-in', () => {
  it('Sign-in: a wrong password and an unknown user get the same 401 invalid_credentials', async () => {
    const { backend } = await createBackendKit();
    const wrong = await problemOf(backend.operations.signIn({ ...none, body: { userId: 'adele@contoso.com', password: 'nope' } }, anonymous));
    const unknown = await problemOf(backend.operations.signIn({ ...none, body: { userId: 'nobody@contoso.com', password: 'nope' } }, anonymous));
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('Sign-in: an unknown user costs the same hashing work as a wrong password', async () => {
    const { backend } = await createBackendKit();
    const hashingFor = async (userId: string) => {
      const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveBits');
      await problemOf(backend.operations.signIn({ ...none, body: { userId, password: 'Whatever-1234' } }, anonymous));
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return count;
    };
    await hashingFor('nobody@contoso.com');
    expect(await hashingFor('nobody@contoso.com')).toBe(await hashingFor('adele@contoso.com'));
    expect(await hashingFor('adele@contoso.com')).toBe(1);
  });

  it('Sign-in: a disabled account is refused like a wrong password', async () => {
    const { backend } = await createBackendKit();
    const problem = await problemOf(backend.operations.signIn({ ...none, body: { userId: 'christie@contoso.com', password: 'Christie-Demo-2026!' } }, anonymous));
    expect(problem).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('Sign-in: the right password on a locked-out account gets 403 account_locked; a wrong one stays invalid_credentials', async () => {
    const { backend } = await createBackendKit();
    const right = await problemOf(backend.operations.signIn({ ...none, body: { userId: 'lynne@contoso.com', password: 'Lynne-Demo-2026!' } }, anonymous));
    expect(right).toMatchObject({ status: 403, code: 'account_locked' });
    const wrong = await problemOf(backend.operations.signIn({ ...none, body: { userId: 'lynne@contoso.com', password: 'nope' } }, anonymous));
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_credentials' });
  });

  it('Sign-in: the user ID is case-insensitive and the session lasts 8 hours', async () => {
    const kit = await createBackendKit();
    const session = await kit.backend.operations.signIn({ ...none, body: { userId: 'Adele@Contoso.com', password: 'Adele-Demo-2026!' } }, anonymous);
    expect(session.user.userPrincipalName).toBe('adele@contoso.com');
    const context = { token: session.token };
    await expect(kit.backend.operations.getMe(none, context)).resolves.toMatchObject({ isAdmin: false, source: 'cloud' });
    kit.tick(8 * 60 * 60 * 1000);
    expect(await problemOf(kit.backend.operations.getMe(none, context))).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('Session: signing out ends the token', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    await kit.backend.operations.signOut(none, context);
    expect(await problemOf(kit.backend.operations.getMe(none, context))).toMatchObject({ status: 401 });
  });
});

describe('a disabled account at reset', () => {
  it('Reset: a disabled account gets the decoy flow (nothing is sent), or 403 sspr_disabled without enumeration protection', async () => {
    const kit = await createBackendKit();
    const state = kit.backend.deps.state();
    state.policy.captcha = false;
    const ops = kit.backend.operations;
    const flow = await ops.startReset({ ...none, body: { userId: 'christie@contoso.com' } }, anonymous);
    const email = flow.methods.find((method) => method.kind === 'email');
    if (email) await ops.createChallenge({ ...none, params: { flowId: flow.flowId }, body: { methodId: email.methodId } }, anonymous);
    const sent = await ops.getOutbox({ ...none, query: { to: 'christie.cline@fabrikam.com' } }, anonymous);
    expect(sent.items).toHaveLength(0);
    state.policy.enumerationProtection = false;
    expect(await problemOf(ops.startReset({ ...none, body: { userId: 'christie@contoso.com' } }, anonymous))).toMatchObject({ status: 403, code: 'sspr_disabled' });
  });
});

describe('the registration interstitial', () => {
  it('Registration: not_registered prompt when required and the person is in scope and not registered', async () => {
    const { backend } = await createBackendKit();
    const session = await backend.operations.signIn({ ...none, body: { userId: 'nestor@contoso.com', password: 'Nestor-Demo-2026!' } }, anonymous);
    expect(session.registrationPrompt).toEqual({ reason: 'not_registered' });
  });

  it('Registration: reconfirm prompt when lastConfirmedAt is older than reconfirmDays', async () => {
    const kit = await createBackendKit();
    const alex = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'alex@contoso.com' } }, anonymous);
    expect(alex.registrationPrompt).toEqual({ reason: 'reconfirm' });
    const adele = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'adele@contoso.com' } }, anonymous);
    expect(adele.registrationPrompt).toBeNull();
    // Adele confirmed 10 days ago: 171 days later she is due too.
    kit.tick(171 * dayMs);
    const later = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'adele@contoso.com' } }, anonymous);
    expect(later.registrationPrompt).toEqual({ reason: 'reconfirm' });
  });

  it('Registration: no reconfirm prompt when reconfirmDays is 0', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.reconfirmDays = 0;
    const alex = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'alex@contoso.com' } }, anonymous);
    expect(alex.registrationPrompt).toBeNull();
  });

  it('Registration: no prompt outside the scope or when requireRegistrationOnSignIn is off', async () => {
    const kit = await createBackendKit();
    const { operations } = kit.backend;
    const state = kit.backend.deps.state();
    const diego = state.users.get(state.userIdsByUpn.get('diego@contoso.com') ?? '');
    if (!diego) throw new Error('persona missing');
    diego.contact = { ...diego.contact, authenticationEmail: null, authenticationPhone: null };
    expect((await operations.devSignIn({ ...none, body: { userId: 'diego@contoso.com' } }, anonymous)).registrationPrompt).toBeNull();
    state.policy.requireRegistrationOnSignIn = false;
    expect((await operations.devSignIn({ ...none, body: { userId: 'nestor@contoso.com' } }, anonymous)).registrationPrompt).toBeNull();
  });

  it('Registration: Cancel is recorded and the next sign-in prompts again', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('nestor@contoso.com');
    await kit.backend.operations.dismissRegistrationPrompt(none, context);
    const state = kit.backend.deps.state();
    expect(state.audit.at(-1)).toMatchObject({ activity: 'dismissRegistrationPrompt', actor: 'nestor@contoso.com' });
    const again = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'nestor@contoso.com' } }, anonymous);
    expect(again.registrationPrompt).toEqual({ reason: 'not_registered' });
  });

  it('Registration: admins are prompted under the admin policy (two methods)', async () => {
    const kit = await createBackendKit();
    const megan = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'megan@contoso.com' } }, anonymous);
    expect(megan.registrationPrompt).toEqual({ reason: 'not_registered' });
    expect(megan.user.isAdmin).toBe(true);
  });
});
