import { describe, expect, it } from 'vitest';
import { adminPassword, adminUpn, expectProblem, useMockBackend } from '../harness';
import { areas } from './areas';

const mock = await useMockBackend();
const api = mock.anonymous;

describe('public settings and the session through the typed client', () => {
  it('answers the effective branding and the password rules', async () => {
    const branding = await api.call('getBranding');
    expect(branding).toMatchObject({ organizationName: 'Contoso', customized: false });
    const rules = await api.call('getPasswordRules');
    expect(rules).toMatchObject({ minLength: 8, maxLength: 256, minClasses: 3 });
  });

  it('signs the admin in with the documented password and knows who is signed in', async () => {
    const session = await api.call('signIn', { body: { userId: adminUpn, password: adminPassword } });
    expect(session.user).toMatchObject({ userPrincipalName: adminUpn, isAdmin: true, roles: ['globalAdministrator'] });
    const me = await mock.client(session.token).call('getMe');
    expect(me.userPrincipalName).toBe(adminUpn);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await expectProblem(api.call('signIn', { body: { userId: adminUpn, password: 'nope' } }), 'invalid_credentials');
    const unknown = await expectProblem(
      api.call('signIn', { body: { userId: 'nobody@contoso.com', password: 'nope' } }),
      'invalid_credentials',
    );
    expect(unknown.message).toBe(wrong.message);
  });

  it('throttles wrong sign-ins: after 10 the account answers 429 throttled with Retry-After, unknown IDs alike', async () => {
    for (const userId of ['lee@contoso.com', 'nobody-at-all@contoso.com']) {
      for (let i = 0; i < 10; i += 1) await expectProblem(api.call('signIn', { body: { userId, password: `Wrong-${i}` } }), 'invalid_credentials');
      const blocked = await expectProblem(api.call('signIn', { body: { userId, password: 'Lee-Demo-2026!' } }), 'throttled');
      expect(blocked.retryAfterSeconds).toBe(900);
    }
  });

  it('says a locked-out account is locked only after its right password', async () => {
    await expectProblem(api.call('signIn', { body: { userId: 'lynne@contoso.com', password: 'Lynne-Demo-2026!' } }), 'account_locked');
    await expectProblem(api.call('signIn', { body: { userId: 'lynne@contoso.com', password: 'nope' } }), 'invalid_credentials');
  });

  it('prompts registration at sign-in for a person who has not registered, and for a due reconfirmation', async () => {
    expect((await api.call('devSignIn', { body: { userId: 'nestor@contoso.com' } })).registrationPrompt).toEqual({ reason: 'not_registered' });
    expect((await api.call('devSignIn', { body: { userId: 'alex@contoso.com' } })).registrationPrompt).toEqual({ reason: 'reconfirm' });
    expect((await api.call('devSignIn', { body: { userId: 'adele@contoso.com' } })).registrationPrompt).toBeNull();
  });

  it('records a cancelled interstitial and prompts again at the next sign-in', async () => {
    const nestor = await mock.as('nestor@contoso.com');
    await nestor.call('dismissRegistrationPrompt', {});
    expect((await api.call('devSignIn', { body: { userId: 'nestor@contoso.com' } })).registrationPrompt).toEqual({ reason: 'not_registered' });
    await expectProblem(api.call('dismissRegistrationPrompt', {}), 'unauthenticated');
  });

  it('ends the session at sign-out', async () => {
    const adele = await mock.as('adele@contoso.com');
    await adele.call('signOut');
    await expectProblem(adele.call('getMe'), 'unauthenticated');
    await expectProblem(adele.call('signOut'), 'unauthenticated');
    await expectProblem(mock.client('made-up').call('getMe'), 'unauthenticated');
  });

  it('expires a session after its lifetime', async () => {
    const adele = await mock.as('adele@contoso.com');
    await api.call('advanceClock', { body: { advanceSeconds: 9 * 3600 } });
    await expectProblem(adele.call('getMe'), 'unauthenticated');
  });

  it('signs in as anyone through the dev API, but not as nobody', async () => {
    const session = await api.call('devSignIn', { body: { userId: 'lynne@contoso.com' } });
    expect(session.user.source).toBe('hashSync');
    await expectProblem(api.call('devSignIn', { body: { userId: 'nobody@contoso.com' } }), 'not_found');
  });

  it('covers every success and error code of its endpoints', async () => {
    expect(await mock.answers.missing(areas.session)).toEqual([]);
  });
});
