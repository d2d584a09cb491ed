import type { StoredUser } from '../../store/state';
import type { EngineDeps } from '../deps';
import { usableEmail } from '../eligibility';
import type { Operations } from '../operations';
import { messagesFor } from '../messages';
import { recordAudit, sendMessage } from '../outbox-and-audit';
import { conflict, passwordPolicy } from '../problems';
import { clientKey } from '../sign-in-throttle';
import { storeNewPassword, validateNewPassword } from '../user-passwords';
import { activeFlow, flowUser, reportFlow } from './flow-records';
import { ensureNotBlocked, ensureStillEligible, flowKey } from './flow-guards';
import { clearFailures, clientThrottleKey, countCompletedReset } from './throttles';
import { toFlowView } from './views';

/** The last step, once every gate is passed: a new password, or unlocking an on-premises account. */
export type NewPasswordOperations = Pick<Operations, 'resetPassword' | 'unlockAccount'>;

function notifyUser(deps: EngineDeps, user: StoredUser): void {
  const { text, organization } = messagesFor(deps.state(), user);
  const recipients = new Set([user.userPrincipalName.toLowerCase()]);
  const email = usableEmail(user);
  if (email) recipients.add(email.toLowerCase());
  for (const to of recipients) {
    sendMessage(deps, {
      channel: 'email',
      to,
      subject: text.resetNoticeSubject({ organization }),
      body: text.resetNotice({ userPrincipalName: user.userPrincipalName }),
    });
  }
}

export function createNewPasswordOperations(deps: EngineDeps): NewPasswordOperations {
  const state = () => deps.state();
  return {
    async resetPassword({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(deps, params.flowId);
      const user = flowUser(deps, flow);
      if (flow.step !== 'password' || flow.decoy || !user) throw conflict('Verify first');
      ensureNotBlocked(deps, flow, client);
      ensureStillEligible(deps, user);
      const current = state();
      const violations = await validateNewPassword(current, user, body.newPassword);
      if (violations.length > 0) throw passwordPolicy(violations);
      await storeNewPassword(deps, user, body.newPassword);
      user.lockedOut = false;
      const key = flowKey(flow);
      clearFailures(current, key);
      clearFailures(current, clientThrottleKey(key, client));
      const startedBlock = countCompletedReset(current, key, deps.now());
      flow.step = 'done';
      if (body.preferredLanguage !== undefined) user.preferredLanguage = body.preferredLanguage;
      flow.outcome = 'reset';
      flow.status = 'done';
      if (current.policy.notifyUserOnReset) notifyUser(deps, user);
      recordAudit(deps, { activity: 'resetPassword', actor: user.userPrincipalName, target: user.userPrincipalName });
      reportFlow(deps, flow, 'succeeded', 'password_reset');
      if (startedBlock) reportFlow(deps, flow, 'blocked', 'too_many_resets');
      deps.changed();
      return toFlowView(flow);
    },

    async unlockAccount({ params }, context) {
      const client = clientKey(context);
      const flow = activeFlow(deps, params.flowId);
      const user = flowUser(deps, flow);
      if (!flow.unlockAvailable || flow.step !== 'password' || flow.decoy || !user) throw conflict('Unlock is not available now');
      ensureNotBlocked(deps, flow, client);
      ensureStillEligible(deps, user);
      if (!state().policy.onPremises.allowUnlock) throw conflict('Unlock is not available now');
      user.lockedOut = false;
      clearFailures(state(), flowKey(flow));
      clearFailures(state(), clientThrottleKey(flowKey(flow), client));
      flow.step = 'done';
      flow.outcome = 'unlocked';
      flow.status = 'done';
      recordAudit(deps, { activity: 'unlockAccount', actor: user.userPrincipalName, target: user.userPrincipalName });
      reportFlow(deps, flow, 'succeeded', 'unlocked');
      deps.changed();
      return toFlowView(flow);
    },
  };
}
