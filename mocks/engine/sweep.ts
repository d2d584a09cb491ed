import type { PortalState } from '../store/state';
import type { EngineDeps } from './deps';
import type { Operations } from './operations';
import { sweepExpiredFlows } from './reset';
import { sendDueReminder } from './rollout/operations';

const minute = 60 * 1000;
const dayMs = 24 * 60 * minute;

/** PRODUCT terms (README "Limits and throttles"): how long what the backend collects is kept. */
export const retention = {
  /** Report rows (registrations, resets) and audit rows. */
  reportMs: 90 * dayMs,
  /** Throttle and client counters with nothing newer, and no block running. */
  idleCounterMs: dayMs,
  /** Expired verifications stay a day (late calls still answer code_expired), then go. */
  verificationKeepMs: dayMs,
  /** The sweep runs at most this often, by the mock clock. */
  everyMs: minute,
} as const;

/** Rows are stored oldest first: drops the ones before the cutoff; answers whether any went. */
function dropOlder<T extends { occurredAt: string }>(rows: T[], cutoffIso: string): boolean {
  let count = 0;
  while (count < rows.length && (rows[count]?.occurredAt ?? '') < cutoffIso) count += 1;
  if (count > 0) rows.splice(0, count);
  return count > 0;
}

const idle = (times: readonly number[], since: number) => times.every((time) => time < since);
const over = (until: number | null, now: number) => until === null || until <= now;

function sweepCounters(state: PortalState, now: number): boolean {
  const since = now - retention.idleCounterMs;
  let swept = false;
  for (const [key, throttle] of state.throttles) {
    const times = [...throttle.failedVerifications, ...throttle.emailsSent, ...throttle.completedResets, ...throttle.failedSignIns];
    if (idle(times, since) && over(throttle.blockedUntil, now) && over(throttle.signInBlockedUntil, now)) {
      state.throttles.delete(key);
      swept = true;
    }
  }
  for (const [key, client] of state.clients) {
    if (idle([...client.failedSignIns, ...client.resetStarts], since) && over(client.signInBlockedUntil, now)) {
      state.clients.delete(key);
      swept = true;
    }
  }
  return swept;
}

/**
 * Everything that would otherwise only grow: expired flows (reported `abandoned`, dropped a day
 * later), CAPTCHAs, sessions, verifications, idle counters, and report and audit rows past 90 days.
 */
export function sweepState(deps: EngineDeps): void {
  sweepExpiredFlows(deps);
  sendDueReminder(deps);
  const state = deps.state();
  const now = deps.now();
  let swept = false;
  for (const [token, session] of state.sessions) {
    if (session.expiresAt <= now) {
      state.sessions.delete(token);
      swept = true;
    }
  }
  for (const [id, verification] of state.verifications) {
    if (verification.expiresAt + retention.verificationKeepMs < now) {
      state.verifications.delete(id);
      swept = true;
    }
  }
  swept = sweepCounters(state, now) || swept;
  const cutoff = new Date(now - retention.reportMs).toISOString();
  swept = dropOlder(state.reports.registrations, cutoff) || swept;
  swept = dropOlder(state.reports.resets, cutoff) || swept;
  swept = dropOlder(state.audit, cutoff) || swept;
  if (swept) deps.changed();
}

/** A sweep on the mock clock's schedule: at most once a minute of mock time, before the next call runs. */
export function createSweeper(deps: EngineDeps): () => void {
  let next = Number.NEGATIVE_INFINITY;
  return () => {
    const now = deps.now();
    if (now < next) return;
    next = now + retention.everyMs;
    sweepState(deps);
  };
}

/**
 * Every operation runs the sweep first when it is due: the schedule needs no report reader and no
 * timer (the mock clock jumps; a timer would not).
 */
export function sweepOnSchedule(operations: Operations, sweep: () => void): Operations {
  return new Proxy(operations, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        sweep();
        return Reflect.apply(value, target, args);
      };
    },
  });
}
