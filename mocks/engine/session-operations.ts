import type { EngineDeps } from './deps';
import { createSession, sessionUser, toMe } from './auth';
import { findUserByUpn } from './eligibility';
import type { Operations } from './operations';
import { notFound, problem } from './problems';
import { recordAudit } from './outbox-and-audit';
import { hashSecret, randomDigits, verifySecret } from '../rules/crypto';

type SessionOperations = Pick<Operations, 'signIn' | 'signOut' | 'getMe' | 'devSignIn' | 'dismissRegistrationPrompt'>;

export function createSessionOperations(deps: EngineDeps): SessionOperations {
  // An unknown user is checked against this hash, so the answer costs the same work as a wrong password.
  const standInHash = hashSecret(randomDigits(deps.random, 16), deps.random);

  return {
    async signIn({ body }) {
      const user = findUserByUpn(deps.state(), body.userId);
      const hash = user?.passwordHash ?? (await standInHash);
      const matches = await verifySecret(body.password, hash);
      // Unknown user, wrong password or disabled account: one answer, so none can be told apart.
      const proven = user !== null && user.passwordHash !== null && matches && user.accountEnabled;
      if (!user || !proven) throw problem(401, 'invalid_credentials', 'The user ID or password is incorrect');
      // The password is proven, so saying "locked" tells nothing to someone who doesn't know it;
      // the person learns why and can unlock or reset (PRODUCT.md, API.md 403 account_locked).
      if (user.lockedOut) throw problem(403, 'account_locked', 'The account is locked');
      return createSession(deps, user);
    },

    async signOut(_input, context) {
      sessionUser(deps, context);
      if (context.token) delete deps.state().sessions[context.token];
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
