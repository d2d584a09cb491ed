import { isApiError, type EligibilityReason } from '@/api';
import type { ProblemCode } from '@/api/problem';
import { isEligibilityReason } from '@/i18n';

/** Why a reset stopped: each has its own page. */
export type FlowEnd =
  | { kind: 'expired' }
  | { kind: 'throttled'; retryAfterSeconds: number | undefined; flowId: string | undefined }
  | { kind: 'ineligible'; reason: EligibilityReason }
  | { kind: 'conflict'; flowId: string | undefined };

/** The flow-level end an error means, or null when it belongs on the form. */
export function flowEndFrom(error: unknown, flowId?: string): FlowEnd | null {
  if (!isApiError(error)) return null;
  // The failure that used up the last try (a wrong code, answers or number) starts the block.
  if (error.attemptsRemaining === 0 && error.retryAfterSeconds !== undefined) {
    return { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds, flowId };
  }
  if (error.code === 'flow_expired' || (error.code === 'not_found' && flowId)) return { kind: 'expired' };
  if (error.code === 'throttled') return { kind: 'throttled', retryAfterSeconds: error.retryAfterSeconds, flowId };
  if (isEligibilityReason(error.code)) return { kind: 'ineligible', reason: error.code };
  if (error.code === 'conflict') return { kind: 'conflict', flowId };
  return null;
}

/**
 * The error of a step's action that its form shows as the form's own problem: none, when it ends
 * the flow (the flow's end page shows it) or is one of `handled` (the step shows those itself, on
 * a field or in words of its own).
 */
export function stepProblem(error: unknown, flowId: string | undefined, handled: readonly ProblemCode[] = []): unknown {
  if (!error || flowEndFrom(error, flowId)) return undefined;
  return isApiError(error) && handled.includes(error.code) ? undefined : error;
}
