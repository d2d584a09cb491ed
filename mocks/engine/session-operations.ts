import type { EngineDeps } from './deps';
import { createSession, sessionUser, toMe } from './auth';
import { findUserByUpn } from './eligibility';
import type { Operations } from './operations';
import { notFound, problem, throttled } from './problems';
import { accountLockKey, throttleKey } from './reset';
import { clearSignInFailures, clientKey, countFailedSignIn, signInBlockedFor } from './sign-in-throttle';
import { recordAudit } from './outbox-and-audit';
import { hashSecret, needsRehash, randomDigits, verifySecret } from '../rules/crypto';

type SessionOperations = Pick<Operations, 'signIn' | 'signOut' | 'getMe' | 'devSignIn' | 'dismissRegistrationPrompt'>;

export function createSessionOperations(deps: EngineDeps): SessionOperations {
  // An unknown user is checked against this hash, so the answer costs the same work as a wrong password.
  const standInHash = hashSecret(randomDigits(deps.random, 16), deps.random, deps.hashIterations);

  return {
    async signIn({ body }, context) {
      const found = findUserByUpn(deps.state(), body.userId);
      // The throttle key of a real account or of the typed ID: unknown IDs are limited exactly alike.
      const key = throttleKey(found?.id ?? null, body.userId);
      return deps.exclusive(accountLockKey(key), async () => {
        const state = deps.state();
        const client = clientKey(context);
        const wait = signInBlockedFor(state, key, client, deps.now());
        // Blocked: refused before the password is looked at, so guessing on gains nothing.
        if (wait > 0) throw throttled(wait / 1000, 'Too many sign-in attempts');
        const user = findUserByUpn(state, body.userId);
        const hash = user?.passwordHash ?? (await standInHash);
        const matches = await verifySecret(body.password, hash);
        // Unknown user, wrong password or disabled account: one answer, so none can be told apart.
        const proven = user !== null && user.passwordHash !== null && matches && user.accountEnabled;
        if (!user || !proven) {
          countFailedSignIn(state, key, client, deps.now());
          deps.changed();
          throw problem(401, 'invalid_credentials', 'The user ID or password is incorrect');
        }
        clearSignInFailures(state, key);
        // The password is proven, so saying "locked" tells nothing to someone who doesn't know it;
        // the person learns why and can unlock or reset (PRODUCT.md, docs/api.md 403 account_locked).
        if (user.lockedOut) throw problem(403, 'account_locked', 'The account is locked');
        // A hash of an older format or a lower cost is replaced now, while the password is at hand (ADR 0004).
        if (user.passwordHash !== null && needsRehash(user.passwordHash, deps.hashIterations)) {
          user.passwordHash = await hashSecret(body.password, deps.random, deps.hashIterations);
          deps.changed();
        }
        return createSession(deps, user);
      });
    },

    async signOut(_input, context) {
      sessionUser(deps, context);
      if (context.token) deps.state().sessions.delete(context.token);
      deps.changed();
    },

    async getMe(_input, context) {
      return toMe(sessionUser(deps, context));
    },

    async devSignIn({ body }) {
      const user = findUserByUpn(deps.state(), body.userId);
      if (!user) throw notFound('No such user');
      return createSession(deps, user);
    },

    async dismissRegistrationPrompt(_input, context) {
      const user = sessionUser(deps, context);
      user.promptDismissedAt = deps.now();
      recordAudit(deps, { activity: 'dismissRegistrationPrompt', actor: user.userPrincipalName, target: user.userPrincipalName });
    },
  };
}
