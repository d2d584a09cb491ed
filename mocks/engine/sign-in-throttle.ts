import type { PortalState, StoredClientThrottle } from '../store/state';
import type { RequestContext } from './operations';
import { throttleOf, within } from './reset/throttles';

const minute = 60 * 1000;

/**
 * README "Limits and throttles" (NIST 800-63B 5.2.2): wrong sign-ins are limited per account
 * (the throttle key, so an unknown user ID counts exactly like a real one) and per client.
 */
export const signInRules = {
  perAccount: { limit: 10, windowMs: 15 * minute },
  perClient: { limit: 30, windowMs: 15 * minute },
  blockMs: 15 * minute,
} as const;

/** The one client of a request that came without an address (the browser demo, engine tests). */
export const localClient = 'local';

export function clientKey(context: RequestContext): string {
  return context.client ?? localClient;
}

export function clientOf(state: PortalState, client: string): StoredClientThrottle {
  const existing = state.clients.get(client);
  if (existing) return existing;
  const created: StoredClientThrottle = { failedSignIns: [], signInBlockedUntil: null, resetStarts: [] };
  state.clients.set(client, created);
  return created;
}

/** Milliseconds until sign-in is allowed again for this account from this client; 0 when it is. */
export function signInBlockedFor(state: PortalState, key: string, client: string, now: number): number {
  const account = state.throttles.get(key)?.signInBlockedUntil ?? null;
  const caller = state.clients.get(client)?.signInBlockedUntil ?? null;
  return Math.max(0, (account ?? now) - now, (caller ?? now) - now);
}

/** Counts a wrong sign-in for the account and the client; the limit-th one starts the block. */
export function countFailedSignIn(state: PortalState, key: string, client: string, now: number): void {
  const account = throttleOf(state, key);
  account.failedSignIns = [...within(account.failedSignIns, signInRules.perAccount.windowMs, now), now];
  if (account.failedSignIns.length >= signInRules.perAccount.limit) {
    account.signInBlockedUntil = now + signInRules.blockMs;
    account.failedSignIns = [];
  }
  const caller = clientOf(state, client);
  caller.failedSignIns = [...within(caller.failedSignIns, signInRules.perClient.windowMs, now), now];
  if (caller.failedSignIns.length >= signInRules.perClient.limit) {
    caller.signInBlockedUntil = now + signInRules.blockMs;
    caller.failedSignIns = [];
  }
}

/** Reset starts per client: every start leaves a flow and, for an unknown ID, a report row. */
export const resetStartRules = { limit: 60, windowMs: 10 * minute } as const;

/** Counts a reset start of the client; answers 0 when it may go, else the milliseconds until one may. */
export function takeResetStart(state: PortalState, client: string, now: number): number {
  const caller = clientOf(state, client);
  const recent = within(caller.resetStarts, resetStartRules.windowMs, now);
  if (recent.length >= resetStartRules.limit) {
    caller.resetStarts = recent;
    return Math.max(1, (recent[0] ?? now) + resetStartRules.windowMs - now);
  }
  caller.resetStarts = [...recent, now];
  return 0;
}

/** A right password starts the account's count again (the client's count stays: it may be spraying). */
export function clearSignInFailures(state: PortalState, key: string): void {
  const account = state.throttles.get(key);
  if (account) account.failedSignIns = [];
}
