import type { EngineDeps } from '../deps';
import { findUserByUpn } from '../eligibility';
import type { Operations } from '../operations';
import { createChallengeOperations } from './challenge-step';
import { createHelpAndCancelOperations } from './help-and-cancel';
import { createIdentifyOperations } from './identify-step';
import { createNewPasswordOperations } from './new-password-step';
import { accountLockKey, throttleKey } from './throttles';
import { createVerifyOperations } from './verify-step';

export { resetLifetimes, sweepExpiredFlows } from './flow-records';

export type ResetOperationName =
  | 'getCaptcha'
  | 'startReset'
  | 'getReset'
  | 'createChallenge'
  | 'getChallenge'
  | 'verifyChallenge'
  | 'resetPassword'
  | 'unlockAccount'
  | 'contactAdmin'
  | 'cancelReset'
  | 'approvePush'
  | 'denyPush'
  | 'getCaptchaAnswer';
export type ResetOperations = Pick<Operations, ResetOperationName>;

/**
 * The reset operations, one file per step (identify, challenge, verify, new password, help and
 * cancel; the flow records and guards they share), each state transition atomic: every call that
 * checks and then changes a flow runs under the lock of the flow's account (its throttle key), so
 * parallel calls queue up and each sees what the one before it wrote.
 */
export function createResetOperations(deps: EngineDeps): ResetOperations {
  const ops: ResetOperations = {
    ...createIdentifyOperations(deps),
    ...createChallengeOperations(deps),
    ...createVerifyOperations(deps),
    ...createNewPasswordOperations(deps),
    ...createHelpAndCancelOperations(deps),
  };
  const guarded = <T>(flowId: string, run: () => Promise<T>): Promise<T> => {
    const flow = deps.state().flows.get(flowId);
    // An unknown flow answers 404 without touching anything; it still queues behind its own id.
    return deps.exclusive(flow ? accountLockKey(throttleKey(flow.userId, flow.typedUserId)) : `flow:${flowId}`, run);
  };
  return {
    ...ops,
    startReset: (input, context) => {
      const user = findUserByUpn(deps.state(), input.body.userId);
      return deps.exclusive(accountLockKey(throttleKey(user?.id ?? null, input.body.userId)), () => ops.startReset(input, context));
    },
    createChallenge: (input, context) => guarded(input.params.flowId, () => ops.createChallenge(input, context)),
    verifyChallenge: (input, context) => guarded(input.params.flowId, () => ops.verifyChallenge(input, context)),
    resetPassword: (input, context) => guarded(input.params.flowId, () => ops.resetPassword(input, context)),
    unlockAccount: (input, context) => guarded(input.params.flowId, () => ops.unlockAccount(input, context)),
    contactAdmin: (input, context) => guarded(input.params.flowId, () => ops.contactAdmin(input, context)),
    cancelReset: (input, context) => guarded(input.params.flowId, () => ops.cancelReset(input, context)),
  };
}
