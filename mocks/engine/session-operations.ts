import type { EngineDeps } from './deps';
import { createSession, sessionUser, toMe } from './auth';
import { findUserByUpn } from './eligibility';
import type { Operations } from './operations';
import { notFound, problem } from './problems';
import { recordAudit } from './records';
import { verifyPassword } from './user-passwords';

type SessionOperations = Pick<Operations, 'signIn' | 'signOut' | 'getMe' | 'devSignIn' | 'dismissRegistrationPrompt'>;

export function createSessionOperations(deps: EngineDeps): SessionOperations {
  return {
    async signIn({ body }) {
      const user = findUserByUpn(deps.state(), body.userId);
      // Unknown user, wrong password, disabled or locked-out account: one answer, so none can be told apart.
      const ok = user !== null && (await verifyPassword(user, body.password)) && user.accountEnabled && !user.lockedOut;
      if (!user || !ok) throw problem(401, 'invalid_credentials', 'The user ID or password is incorrect');
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
