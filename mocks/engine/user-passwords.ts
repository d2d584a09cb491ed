import type { Violation } from '@/api';
import type { PortalState, StoredUser } from '../store/state';
import type { EngineDeps } from './deps';
import { isOnPremises } from './eligibility';
import { hashSecret, verifySecret } from '../rules/crypto';
import { checkPassword, passwordLimits, type BannedContext } from '../rules/passwords';

/** The banned terms besides the shipped list: the policy's custom list, the person's names, the organisation. */
export function bannedContextFor(state: PortalState, user: StoredUser | null): BannedContext {
  return {
    customTerms: state.policy.bannedPasswords.custom,
    enforceCustom: state.policy.bannedPasswords.enforceCustom,
    personalTerms: [user?.givenName ?? '', user?.surname ?? '', state.organization.name].filter((term) => term.length > 0),
  };
}

/**
 * Every rule a new password can fail. `current` is given for a change (the person typed it):
 * then the new one must differ, and on-premises accounts may not reuse one of the last 24.
 */
export async function validateNewPassword(
  state: PortalState,
  user: StoredUser | null,
  newPassword: string,
  options: { current?: string } = {},
): Promise<Violation[]> {
  const violations = checkPassword(newPassword, bannedContextFor(state, user));
  if (options.current !== undefined && options.current === newPassword) {
    violations.push({ code: 'same_as_current' });
  } else if (options.current !== undefined && user && isOnPremises(user) && (await isInHistory(user, newPassword))) {
    violations.push({ code: 'in_history', params: { count: passwordLimits.historyCount } });
  }
  return violations;
}

/** Whether the password is the current one or one of the previous ones (24 in all). */
export async function isInHistory(user: StoredUser, password: string): Promise<boolean> {
  const recent = [user.passwordHash, ...user.passwordHistory]
    .filter((hash): hash is string => hash !== null)
    .slice(0, passwordLimits.historyCount);
  for (const hash of recent) if (await verifySecret(password, hash)) return true;
  return false;
}

export async function verifyPassword(user: StoredUser, password: string): Promise<boolean> {
  return user.passwordHash !== null && (await verifySecret(password, user.passwordHash));
}

/**
 * Stores a new password: hashed, the old one into the history, the on-premises lockout and the
 * change-password lockout cleared, and every other session of the person ended.
 */
export async function storeNewPassword(
  deps: EngineDeps,
  user: StoredUser,
  newPassword: string,
  options: { keepSessionToken?: string } = {},
): Promise<void> {
  const hash = await hashSecret(newPassword, deps.random, deps.hashIterations);
  if (user.passwordHash) user.passwordHistory = [user.passwordHash, ...user.passwordHistory].slice(0, passwordLimits.historyCount - 1);
  user.passwordHash = hash;
  user.passwordChangedAt = deps.now();
  user.lockedOut = false;
  user.changePasswordFailures = { count: 0, lockouts: 0, lockedUntil: null };
  endSessions(deps, user.id, options.keepSessionToken);
  deps.changed();
}

/** Ends every session of a user but the one kept. */
export function endSessions(deps: EngineDeps, userId: string, keepToken?: string): void {
  const sessions = deps.state().sessions;
  for (const [token, session] of sessions) {
    if (session.userId === userId && token !== keepToken) sessions.delete(token);
  }
}
