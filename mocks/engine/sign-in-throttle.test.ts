import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf, type BackendKit } from '../testing/backend-fixture';
import type { RequestContext } from './operations';
import { hashSecret, seededRandom } from '../rules/crypto';

const minute = 60 * 1000;
const signIn = (kit: BackendKit, userId: string, password: string, context: RequestContext = { token: null, client: 'client-a' }) =>
  kit.backend.operations.signIn({ ...none, body: { userId, password } }, context);

/** The answers to `count` wrong passwords for one user ID, then to the right one. */
async function answers(kit: BackendKit, userId: string, count: number, right: string) {
  const wrong = [];
  for (let i = 0; i < count; i += 1) wrong.push(await problemOf(signIn(kit, userId, `Wrong-Guess-${i}`)));
  return { wrong, right: await problemOf(signIn(kit, userId, right)) };
}

describe('sign-in throttle (NIST 800-63B 5.2.2)', () => {
  it('Sign-in throttle: 10 wrong passwords for an account, then even the right one gets 429 with Retry-After until 15 minutes pass', async () => {
    const kit = await createBackendKit();
    const { wrong, right } = await answers(kit, 'adele@contoso.com', 10, 'Adele-Demo-2026!');
    expect(wrong.every((problem) => problem.status === 401 && problem.code === 'invalid_credentials')).toBe(true);
    expect(right).toMatchObject({ status: 429, code: 'throttled', retryAfterSeconds: 15 * 60 });
    kit.tick(15 * minute);
    await expect(signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!')).resolves.toMatchObject({ user: { userPrincipalName: 'adele@contoso.com' } });
  });

  it('Sign-in throttle: an unknown account gets exactly the answers a real one gets', async () => {
    const kit = await createBackendKit();
    const known = await answers(kit, 'adele@contoso.com', 11, 'Adele-Demo-2026!');
    const unknown = await answers(kit, 'nobody@contoso.com', 11, 'Adele-Demo-2026!');
    expect(unknown).toEqual(known);
    expect(known.wrong.at(-1)).toMatchObject({ status: 429 });
  });

  it('Sign-in throttle: one client spraying many accounts is stopped, other clients are not', async () => {
    const kit = await createBackendKit();
    const sprayer: RequestContext = { token: null, client: 'sprayer' };
    for (let i = 0; i < 30; i += 1) await problemOf(signIn(kit, `user${i}@contoso.com`, 'Spring-2026!', sprayer));
    expect(await problemOf(signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!', sprayer))).toMatchObject({ status: 429, code: 'throttled' });
    await expect(signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!', { token: null, client: 'someone-else' })).resolves.toBeTruthy();
  });

  it('Sign-in throttle: a success starts the account count again', async () => {
    const kit = await createBackendKit();
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 9; i += 1) await problemOf(signIn(kit, 'adele@contoso.com', `Wrong-Guess-${i}`));
      await expect(signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!')).resolves.toBeTruthy();
    }
  });
});

describe('password hash upgrade', () => {
  it('Hashing: a sign-in with a password stored at an old cost upgrades the stored hash to the configured cost', async () => {
    const kit = await createBackendKit();
    const user = kit.backend.deps.state().users.get(kit.backend.deps.state().userIdsByUpn.get('adele@contoso.com') ?? '');
    if (!user) throw new Error('no Adele');
    user.passwordHash = await hashSecret('Adele-Demo-2026!', seededRandom(3), 10);
    await signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!');
    expect(user.passwordHash.startsWith(`pbkdf2-sha256$${kit.backend.deps.hashIterations}$`)).toBe(true);
    expect(kit.backend.deps.hashIterations).toBeGreaterThan(10);
    await expect(signIn(kit, 'adele@contoso.com', 'Adele-Demo-2026!')).resolves.toBeTruthy();
  });
});
