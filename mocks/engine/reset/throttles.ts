import type { PortalState, StoredThrottle } from '../../store/state';

const minute = 60 * 1000;
const hour = 60 * minute;

/** PRODUCT.md "Throttles (per user)". */
export const throttleRules = {
  failedVerifications: { limit: 5, windowMs: hour },
  emailsSent: { limit: 10, windowMs: 10 * minute },
  completedResets: { limit: 5, windowMs: hour },
  blockMs: 24 * hour,
} as const;

/**
 * Per client as well as per person (ADR 0009): the rules above count per client and person, so one
 * client's flood blocks that client only; the person's own count, across clients, has these higher
 * limits, so a flood from many addresses still ends in a block.
 */
export const accountWideRules = {
  failedVerifications: 25,
  /** PRODUCT.md's shared count of e-mails per person (registration and reset); past it e-mails wait, resets are not blocked. */
  emailsSent: 10,
} as const;

/** The throttle key of one client's attempts on one person (or typed ID). */
export function clientThrottleKey(key: string, client: string): string {
  return `${key}@client:${client}`;
}

export type BlockReason = NonNullable<StoredThrottle['blockReason']>;

/** Throttles are per user; a decoy flow keeps its own under the typed ID, so it blocks like a real one. */
export function throttleKey(userId: string | null, typedUserId: string): string {
  return userId ?? `decoy:${typedUserId.trim().toLowerCase()}`;
}

/** The lock every check-then-write about one account (or one typed ID nobody has) runs under. */
export function accountLockKey(throttleKey: string): string {
  return `account:${throttleKey}`;
}

export function throttleOf(state: PortalState, key: string): StoredThrottle {
  const existing = state.throttles.get(key);
  if (existing) return existing;
  const created: StoredThrottle = {
    failedVerifications: [],
    emailsSent: [],
    completedResets: [],
    blockedUntil: null,
    blockReason: null,
    failedSignIns: [],
    signInBlockedUntil: null,
  };
  state.throttles.set(key, created);
  return created;
}

/** Milliseconds until the block ends, or 0 when not blocked. */
export function blockedFor(state: PortalState, key: string, now: number): number {
  const blockedUntil = state.throttles.get(key)?.blockedUntil ?? null;
  return blockedUntil !== null && blockedUntil > now ? blockedUntil - now : 0;
}

export function within(times: number[], windowMs: number, now: number): number[] {
  return times.filter((time) => time > now - windowMs);
}

function block(throttle: StoredThrottle, reason: BlockReason, now: number): void {
  throttle.blockedUntil = now + throttleRules.blockMs;
  throttle.blockReason = reason;
}

/** Counts a failed verification; answers true when this one starts a block (the 5th within the hour). */
export function countFailedVerification(state: PortalState, key: string, now: number, limit: number = throttleRules.failedVerifications.limit): boolean {
  const throttle = throttleOf(state, key);
  throttle.failedVerifications = [...within(throttle.failedVerifications, throttleRules.failedVerifications.windowMs, now), now];
  if (throttle.failedVerifications.length < limit) return false;
  block(throttle, 'failed_verifications', now);
  return true;
}

/** How many more failed verifications the person has before a block (0 once blocked). */
export function failedVerificationsLeft(
  state: PortalState,
  key: string,
  now: number,
  limit: number = throttleRules.failedVerifications.limit,
): number {
  const recent = within(state.throttles.get(key)?.failedVerifications ?? [], throttleRules.failedVerifications.windowMs, now);
  return Math.max(0, limit - recent.length);
}

/**
 * Counts an e-mail about to be sent. Up to 10 within 10 minutes go; the 11th is refused (answers false)
 * and blocks the person's resets.
 */
export function allowEmail(
  state: PortalState,
  key: string,
  now: number,
  limit: number = throttleRules.emailsSent.limit,
  blocks = true,
): boolean {
  const throttle = throttleOf(state, key);
  const recent = within(throttle.emailsSent, throttleRules.emailsSent.windowMs, now);
  if (recent.length >= limit) {
    throttle.emailsSent = recent;
    if (blocks) block(throttle, 'too_many_emails', now);
    return false;
  }
  throttle.emailsSent = [...recent, now];
  return true;
}

/**
 * A registration e-mail (security info) counts toward the same per-person limit as reset e-mails:
 * PRODUCT.md counts e-mails per user, whatever sent them. Answers 0 when it may go (and counts it),
 * else the milliseconds until the 10-minute window lets one through; the 11th also blocks resets.
 */
export function takeRegistrationEmail(state: PortalState, userId: string, now: number): number {
  if (allowEmail(state, userId, now)) return 0;
  const oldest = throttleOf(state, userId).emailsSent[0] ?? now;
  return Math.max(1, oldest + throttleRules.emailsSent.windowMs - now);
}

/** Counts a completed reset; answers true when this one starts a block (the 5th within the hour). */
export function countCompletedReset(state: PortalState, key: string, now: number): boolean {
  const throttle = throttleOf(state, key);
  throttle.completedResets = [...within(throttle.completedResets, throttleRules.completedResets.windowMs, now), now];
  if (throttle.completedResets.length < throttleRules.completedResets.limit) return false;
  block(throttle, 'too_many_resets', now);
  return true;
}

/** After a successful reset the failure counters start again (the completed-reset count stays). */
export function clearFailures(state: PortalState, key: string): void {
  const throttle = state.throttles.get(key);
  if (!throttle) return;
  throttle.failedVerifications = [];
  if (throttle.blockReason === 'failed_verifications') {
    throttle.blockedUntil = null;
    throttle.blockReason = null;
  }
}
