import { adminMay, type AdminAction, type AuditActivity, type EndpointAuth, type Me, type Session } from '@/api';
import type { StoredUser } from '../store/state';
import type { EngineDeps } from './deps';
import { isAdmin, isInScope, isRegistered } from './eligibility';
import type { RequestContext } from './operations';
import { forbidden, unauthenticated } from './problems';
import { recordAudit, toIso } from './outbox-and-audit';
import { randomId } from '../rules/crypto';

export const sessionLifetimeMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The signed-in person of a request: a live token of an enabled, existing user; else 401. */
export function sessionUser(deps: EngineDeps, context: RequestContext): StoredUser {
  const state = deps.state();
  const session = context.token ? state.sessions.get(context.token) : undefined;
  if (!session) throw unauthenticated();
  const user = state.users.get(session.userId);
  if (session.expiresAt <= deps.now() || !user || !user.accountEnabled) {
    state.sessions.delete(session.token);
    deps.changed();
    throw unauthenticated();
  }
  return user;
}

/** The signed-in admin of a request: 401 without a session, 403 (audited) without an admin role. */
export function adminUser(deps: EngineDeps, context: RequestContext): StoredUser {
  const user = sessionUser(deps, context);
  if (!isAdmin(user)) throw refuse(deps, user, { activity: 'accessDenied' });
  return user;
}

/** A 403 `forbidden`, audited: who tried what (the activity they were refused), on whom. */
export function refuse(deps: EngineDeps, actor: StoredUser, attempt: { activity: AuditActivity; target?: string }, title?: string) {
  recordAudit(deps, { activity: attempt.activity, actor: actor.userPrincipalName, target: attempt.target ?? null, result: 'failure', reason: 'forbidden' });
  return forbidden(title);
}

/** 403 (audited) unless the admin's roles allow the action, on that target when there is one (`adminMay`). */
export function requireScope(deps: EngineDeps, admin: StoredUser, action: AdminAction, activity: AuditActivity, target?: StoredUser): void {
  const scoped = target ? { roles: target.roles, self: target.id === admin.id } : undefined;
  if (adminMay(admin.roles, action, scoped)) return;
  throw refuse(deps, admin, { activity, ...(target ? { target: target.userPrincipalName } : {}) }, 'Your admin role does not allow this');
}

/**
 * What the handlers check before they read a body (API.md: a person without the role learns
 * nothing about the body's fields): a live session for `user` endpoints, an admin role for `admin` ones.
 */
export function authorize(deps: EngineDeps, auth: EndpointAuth, context: RequestContext): void {
  if (auth === 'user') sessionUser(deps, context);
  if (auth === 'admin') adminUser(deps, context);
}

export function toMe(user: StoredUser): Me {
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    roles: [...user.roles],
    source: user.source,
    isAdmin: isAdmin(user),
  };
}

/** Whether reconfirmation is due: registered data never confirmed, or confirmed longer ago than reconfirmDays. */
export function reconfirmDue(deps: EngineDeps, user: StoredUser): boolean {
  const days = deps.state().policy.reconfirmDays;
  if (days <= 0) return false;
  return user.lastConfirmedAt === null || user.lastConfirmedAt + days * dayMs <= deps.now();
}

/** PRODUCT.md "Registration and the interstitial": who is prompted at sign-in, and why. */
export function registrationPrompt(deps: EngineDeps, user: StoredUser): Session['registrationPrompt'] {
  const state = deps.state();
  if (!state.policy.requireRegistrationOnSignIn || !isInScope(state, user)) return null;
  if (!isRegistered(state, user)) return { reason: 'not_registered' };
  if (reconfirmDue(deps, user)) return { reason: 'reconfirm' };
  return null;
}

export function createSession(deps: EngineDeps, user: StoredUser): Session {
  const state = deps.state();
  const now = deps.now();
  const token = randomId(deps.random, 'tok');
  state.sessions.set(token, { token, userId: user.id, createdAt: now, expiresAt: now + sessionLifetimeMs });
  // Expired sessions go when new ones come, so the collection stays small.
  for (const [key, session] of state.sessions) if (session.expiresAt <= now) state.sessions.delete(key);
  deps.changed();
  return { token, expiresAt: toIso(now + sessionLifetimeMs), user: toMe(user), registrationPrompt: registrationPrompt(deps, user) };
}
