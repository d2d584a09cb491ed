import type { StoredFlow, StoredUser } from '../../store/state';
import type { EngineDeps } from '../deps';
import { checkEligibility } from '../eligibility';
import { conflict, problem, throttled } from '../problems';
import { reportFlow } from './flow-records';
import { accountWideRules, blockedFor, clientThrottleKey, countFailedVerification, failedVerificationsLeft, throttleKey } from './throttles';

/** The throttle keys a flow's calls count under: the person's, and this client's on the person (ADR 0009). */
export interface FlowKeys {
  account: string;
  client: string;
}

/** The same key startReset checks: the directory id when the ID is known (decoy or not), else the typed ID. */
export function flowKey(flow: StoredFlow): string {
  return throttleKey(flow.userId, flow.typedUserId);
}

export function flowKeys(flow: StoredFlow, client: string): FlowKeys {
  return { account: flowKey(flow), client: clientThrottleKey(flowKey(flow), client) };
}

/** Milliseconds until the nearer block (the person's or this client's) ends, or 0. */
export function blockedWait(deps: EngineDeps, keys: FlowKeys): number {
  const now = deps.now();
  return Math.max(blockedFor(deps.state(), keys.account, now), blockedFor(deps.state(), keys.client, now));
}

export function ensureNotBlocked(deps: EngineDeps, flow: StoredFlow, client: string): void {
  const wait = blockedWait(deps, flowKeys(flow, client));
  if (wait > 0) throw throttled(wait / 1000, 'Resets are blocked for a while');
}

/** The account may have been disabled, or the policy changed, since the flow started: the end step checks again. */
export function ensureStillEligible(deps: EngineDeps, user: StoredUser): void {
  if (!user.accountEnabled || checkEligibility(deps.state(), user) !== null) {
    throw conflict('This account can no longer reset its password here');
  }
}

/** Counts a failed verification (and the block it may start) and reports it. */
export function countFailure(deps: EngineDeps, flow: StoredFlow, reason: string, client: string): void {
  const keys = flowKeys(flow, client);
  const byClient = countFailedVerification(deps.state(), keys.client, deps.now());
  const byAccount = countFailedVerification(deps.state(), keys.account, deps.now(), accountWideRules.failedVerifications);
  const startedBlock = byClient || byAccount;
  reportFlow(deps, flow, 'failed', reason);
  if (startedBlock) reportFlow(deps, flow, 'blocked', 'failed_verifications');
  deps.changed();
}

/** Counts the failure and throws its 422, with the tries left and, once blocked, for how long. */
export function failVerification(
  deps: EngineDeps,
  flow: StoredFlow,
  code: 'invalid_code' | 'wrong_answers' | 'phone_mismatch',
  title: string,
  client: string,
): never {
  countFailure(deps, flow, code, client);
  // How many tries are left before a block (this client's or the account-wide one, whichever is
  // nearer), so the person is warned; the failure that starts a block also says how long it
  // lasts (decoys count the same, so they answer the same).
  const keys = flowKeys(flow, client);
  const now = deps.now();
  const attemptsRemaining = Math.min(
    failedVerificationsLeft(deps.state(), keys.client, now),
    failedVerificationsLeft(deps.state(), keys.account, now, accountWideRules.failedVerifications),
  );
  const wait = blockedWait(deps, keys);
  throw problem(422, code, title, { attemptsRemaining, ...(wait > 0 ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}) });
}
