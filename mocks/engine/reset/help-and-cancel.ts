import type { EngineDeps } from '../deps';
import type { Operations } from '../operations';
import { notifyAdmins, recordAudit, recordReset } from '../outbox-and-audit';
import { activeFlow, flowUser, loadFlow, reportFlow, usedKinds } from './flow-records';

/** On every step: asking an administrator for help, or cancelling the reset. */
export type HelpAndCancelOperations = Pick<Operations, 'contactAdmin' | 'cancelReset'>;

export function createHelpAndCancelOperations(deps: EngineDeps): HelpAndCancelOperations {
  const state = () => deps.state();
  return {
    async contactAdmin({ params }) {
      const flow = loadFlow(deps, params.flowId);
      if (flow.adminContactedAt !== undefined) return undefined;
      flow.adminContactedAt = deps.now();
      const current = state();
      if (current.policy.helpdesk.mode === 'default') {
        const userId = flow.typedUserId;
        notifyAdmins(deps, (text, organization) => ({
          subject: text.helpRequestSubject({ organization, userId }),
          body: text.helpRequest({ organization, userId }),
        }));
      }
      const user = flowUser(deps, flow);
      const userPrincipalName = user?.userPrincipalName ?? flow.typedUserId;
      // Every row has a reason (API.md): an eligible person who asks for help simply asked.
      recordReset(deps, { user, userPrincipalName, methods: usedKinds(flow), result: 'contactedAdmin', reason: flow.decoyReason ?? 'help_requested' });
      // Like the seeded history: the audit log shows who asked for help.
      recordAudit(deps, { activity: 'contactAdmin', actor: userPrincipalName, target: userPrincipalName, reason: flow.decoyReason });
      deps.changed();
      return undefined;
    },

    async cancelReset({ params }) {
      const flow = activeFlow(deps, params.flowId);
      flow.status = 'cancelled';
      reportFlow(deps, flow, 'cancelled', 'user_cancelled');
      deps.changed();
      return undefined;
    },
  };
}
