import type { EngineDeps } from './deps';
import { sessionUser } from './auth';
import { defaultBranding } from './branding-defaults';
import { canChangePassword } from './eligibility';
import type { Operations } from './operations';
import { accountLockKey } from './reset';
import { notFound, passwordPolicy, problem, throttled } from './problems';
import { recordAudit } from './outbox-and-audit';
import { evaluatePassword, passwordRules } from '../rules/passwords';
import { bannedContextFor, storeNewPassword, validateNewPassword, verifyPassword } from './user-passwords';

type PasswordOperations = Pick<Operations, 'getBranding' | 'getPasswordRules' | 'checkPassword' | 'changePassword'>;

/** Change-password lockout: 10 wrong tries, then 1 minute, doubling with every further lockout. */
export const changeLockout = { maxFailures: 10, firstLockMs: 60_000 } as const;

export function createPasswordOperations(deps: EngineDeps): PasswordOperations {
  return {
    async getBranding() {
      const state = deps.state();
      const branding = state.branding ?? defaultBranding(state.organization.name);
      return { ...branding, customized: state.branding !== null, helpdesk: { ...state.policy.helpdesk } };
    },

    async getPasswordRules() {
      return passwordRules();
    },

    async checkPassword({ body }, context) {
      const state = deps.state();
      let user = null;
      if (body.flowId !== undefined) {
        const flow = state.flows.get(body.flowId);
        if (!flow || flow.status !== 'active') throw notFound('No such reset flow');
        if (flow.expiresAt <= deps.now()) throw problem(410, 'flow_expired', 'The reset flow has expired');
        // Before a gate is passed a real flow scores like a decoy: the person's names would tell that the user exists.
        const verified = !flow.decoy && flow.passedGroups.length > 0;
        user = verified && flow.userId ? (state.users.get(flow.userId) ?? null) : null;
      } else {
        user = sessionUser(deps, context);
      }
      const { violations, score } = evaluatePassword(body.password, bannedContextFor(state, user));
      return { ok: violations.length === 0, violations, score };
    },

    async changePassword({ body }, context) {
      const checked = sessionUser(deps, context);
      // The current-password check hashes (and yields): one change per person at a time, each seeing the last one's writes.
      return deps.exclusive(accountLockKey(checked.id), async () => {
        const state = deps.state();
        const user = sessionUser(deps, context);
        if (!canChangePassword(state, user)) {
          throw problem(403, 'writeback_disabled', 'Password writeback is off for on-premises accounts');
        }
        const now = deps.now();
        const failures = user.changePasswordFailures;
        if (failures.lockedUntil !== null && failures.lockedUntil > now) {
          throw throttled((failures.lockedUntil - now) / 1000, 'Too many wrong passwords');
        }
        if (!(await verifyPassword(user, body.currentPassword))) {
          failures.count += 1;
          if (failures.count >= changeLockout.maxFailures) {
            // The 10th wrong try still answers 422; the next call meets the lockout.
            failures.lockedUntil = now + changeLockout.firstLockMs * 2 ** failures.lockouts;
            failures.lockouts += 1;
            failures.count = 0;
          }
          recordAudit(deps, { activity: 'changePassword', actor: user.userPrincipalName, target: user.userPrincipalName, result: 'failure', reason: 'wrong_current_password' });
          deps.changed();
          throw passwordPolicy([{ code: 'wrong_current_password' }]);
        }
        failures.count = 0;
        const violations = await validateNewPassword(state, user, body.newPassword, { current: body.currentPassword });
        if (violations.length > 0) throw passwordPolicy(violations);
        await storeNewPassword(deps, user, body.newPassword, context.token ? { keepSessionToken: context.token } : {});
        recordAudit(deps, { activity: 'changePassword', actor: user.userPrincipalName, target: user.userPrincipalName });
        return undefined;
      });
    },
  };
}
