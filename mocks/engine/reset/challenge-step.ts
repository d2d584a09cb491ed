import type { StoredChallenge, StoredFlow, StoredFlowMethod } from '../../store/state';
import type { EngineDeps } from '../deps';
import { effectiveMethodsAllowed, usableEmail, usableMobilePhone, usableOfficePhone, validQuestionAnswers } from '../eligibility';
import type { Operations } from '../operations';
import { messagesFor } from '../messages';
import { sendMessage } from '../outbox-and-audit';
import { conflict, notFound, throttled } from '../problems';
import { clientKey } from '../sign-in-throttle';
import { normalizeTypedPhone } from '../../rules/contact';
import { hashSecret, pickDistinct, randomDigits, randomId } from '../../rules/crypto';
import { decoyProfile, decoyQuestionIds } from './decoy';
import { activeFlow, flowUser, readableFlow, reportFlow, resetLifetimes } from './flow-records';
import { blockedWait, ensureNotBlocked, failVerification, flowKeys } from './flow-guards';
import { codeLengths, isCodeKind, isPhoneKind } from './methods';
import { decoyQuestionPool, questionTextFor } from './question-text';
import { accountWideRules, allowEmail, throttleOf, throttleRules } from './throttles';
import { toChallengeView } from './views';

/** The verify step's first half: a method chosen sends its code, push or questions (a challenge). */
export type ChallengeOperations = Pick<Operations, 'createChallenge' | 'getChallenge'>;

const channelOf = { email: 'email', mobileText: 'sms', mobileCall: 'voice', officeCall: 'voice' } as const;

/** The E.164 number a phone method dials: the one on file, or the decoy's made-up one. */
function phoneOnFile(deps: EngineDeps, flow: StoredFlow, method: StoredFlowMethod): string | null {
  const user = flowUser(deps, flow);
  if (flow.decoy || !user) {
    const current = deps.state();
    const allowed = user ? effectiveMethodsAllowed(current.policy, user) : current.policy.methodsAllowed;
    const profile = decoyProfile(flow.typedUserId, allowed, flow.gatesRequired);
    return normalizeTypedPhone(method.kind === 'officeCall' ? profile.officePhone : profile.mobilePhone);
  }
  return (method.kind === 'officeCall' ? usableOfficePhone(user) : usableMobilePhone(user))?.e164 ?? null;
}

function voidOlderChallenges(flow: StoredFlow, group: string): void {
  const groupOf = new Map(flow.methods.map((method) => [method.methodId, method.group]));
  for (const challenge of flow.challenges) {
    if (challenge.status === 'pending' && groupOf.get(challenge.methodId) === group) challenge.status = 'voided';
  }
}

export function createChallengeOperations(deps: EngineDeps): ChallengeOperations {
  const state = () => deps.state();
  return {
    async createChallenge({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(deps, params.flowId);
      if (flow.step !== 'verify') throw conflict('Verification is over for this flow');
      const method = flow.methods.find((entry) => entry.methodId === body.methodId);
      if (!method) throw conflict('The method is not offered in this flow');
      if (flow.passedGroups.includes(method.group)) throw conflict('The method was already used in this flow');
      ensureNotBlocked(deps, flow, client);
      const current = state();
      const now = deps.now();
      const user = flowUser(deps, flow);

      let dialled: string | null = null;
      if (isPhoneKind(method.kind)) {
        const typed = body.phoneNumber === undefined ? null : normalizeTypedPhone(body.phoneNumber);
        dialled = phoneOnFile(deps, flow, method);
        if (typed === null || dialled === null || typed !== dialled) failVerification(deps, flow, 'phone_mismatch', 'The number is not the one on file', client);
      }
      const keys = flowKeys(flow, client);
      // This client's 11th blocks this client; the person's shared count only holds e-mails back until the window frees.
      if (method.kind === 'email' && !(allowEmail(current, keys.client, now) && allowEmail(current, keys.account, now, accountWideRules.emailsSent, false))) {
        reportFlow(deps, flow, 'blocked', 'too_many_emails');
        deps.changed();
        const windowWait = (throttleOf(current, keys.account).emailsSent[0] ?? now) + throttleRules.emailsSent.windowMs - now;
        throw throttled(Math.max(blockedWait(deps, keys), windowWait) / 1000, 'Too many e-mails');
      }

      voidOlderChallenges(flow, method.group);
      const challenge: StoredChallenge = {
        challengeId: randomId(deps.random, 'chl'),
        methodId: method.methodId,
        kind: method.kind,
        createdAt: now,
        expiresAt: now + resetLifetimes.codeMs,
        codeHash: null,
        codeLength: null,
        questionIds: [],
        status: 'pending',
        outboxId: null,
      };
      const { text, organization } = messagesFor(current, user);
      if (isCodeKind(method.kind)) challenge.codeLength = codeLengths[method.kind];
      if (method.kind === 'email' || isPhoneKind(method.kind)) {
        const length = codeLengths[method.kind];
        const code = randomDigits(deps.random, length);
        challenge.codeHash = await hashSecret(code, deps.random, deps.hashIterations);
        const to = method.kind === 'email' ? (user ? usableEmail(user) : null) : dialled;
        if (!flow.decoy && to) {
          sendMessage(deps, {
            channel: channelOf[method.kind],
            to,
            subject: text.resetCodeSubject({ organization }),
            body: method.kind === 'email' ? text.resetCodeEmail({ organization, code }) : text.resetCodePhone({ organization, code }),
            code,
          });
        }
      } else if (method.kind === 'appNotification') {
        if (!flow.decoy && user) {
          const message = sendMessage(deps, {
            channel: 'push',
            to: user.userPrincipalName,
            subject: text.pushSubject({ organization }),
            body: text.pushBody({ userPrincipalName: user.userPrincipalName }),
          });
          challenge.outboxId = message.id;
        }
      } else if (method.kind === 'questions') {
        const pool =
          user && !flow.decoy
            ? validQuestionAnswers(current.policy, user).map((entry) => entry.questionId)
            : decoyQuestionIds(flow.typedUserId, decoyQuestionPool(current.policy), current.policy.questions.registerCount);
        challenge.questionIds = pickDistinct(deps.random, pool, current.policy.questions.resetCount);
        // Answers take longer to type than a code; they live as long as the flow.
        challenge.expiresAt = flow.expiresAt;
      }
      flow.challenges.push(challenge);
      deps.changed();
      return toChallengeView(challenge, now, questionTextFor(current.policy));
    },

    async getChallenge({ params }) {
      const flow = readableFlow(deps, params.flowId);
      const challenge = flow.challenges.find((entry) => entry.challengeId === params.challengeId);
      if (!challenge) throw notFound('No such challenge');
      return toChallengeView(challenge, deps.now(), questionTextFor(state().policy));
    },
  };
}
