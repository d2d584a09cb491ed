import type { VerifyChallengeRequest } from '@/api';
import type { StoredChallenge, StoredFlow } from '../../store/state';
import type { EngineDeps } from '../deps';
import type { Operations } from '../operations';
import { conflict, notFound, problem } from '../problems';
import { clientKey, localClient } from '../sign-in-throttle';
import { unmatchableHash, verifySecret } from '../../rules/crypto';
import { normalizeAnswer } from '../../rules/questions';
import { verifyTotp } from '../../rules/totp';
import { activeFlow, flowUser, passGate } from './flow-records';
import { countFailure, ensureNotBlocked, failVerification } from './flow-guards';
import { toFlowView } from './views';

/** The verify step's second half: a code or answers checked, an app notification approved or denied. */
export type VerifyOperations = Pick<Operations, 'verifyChallenge' | 'approvePush' | 'denyPush'>;

// A decoy's authenticator code is checked against this made-up secret: the same TOTP work as a real one.
const decoyTotpSecret = 'KRSXG5DJNZTSAZDFMNXXSIDBOBYA';

function isAnswers(body: VerifyChallengeRequest): body is Extract<VerifyChallengeRequest, { answers: unknown }> {
  return 'answers' in body;
}

export function createVerifyOperations(deps: EngineDeps): VerifyOperations {
  const state = () => deps.state();
  /** The decoy compares typed secrets against a hash too (one that nothing matches), so its answers take as long as real ones. */
  const decoyHash = unmatchableHash(deps.hashIterations);
  const decoyCompare = (secret: string) => verifySecret(secret, decoyHash);

  async function checkAnswers(flow: StoredFlow, challenge: StoredChallenge, answers: { questionId: string; answer: string }[]) {
    const user = flowUser(deps, flow);
    const registered = new Map((user?.questions ?? []).map((entry) => [entry.questionId, entry.answerHash]));
    const typed = new Map(answers.map((entry) => [entry.questionId, entry.answer]));
    let allRight = typed.size === challenge.questionIds.length && answers.length === typed.size;
    // Every picked question is compared, right or wrong, so the time taken says nothing.
    for (const questionId of challenge.questionIds) {
      const answer = normalizeAnswer(typed.get(questionId) ?? '');
      const hash = registered.get(questionId);
      const right = flow.decoy || hash === undefined ? await decoyCompare(answer) : await verifySecret(answer, hash);
      allRight = allRight && right && typed.has(questionId) && !flow.decoy;
    }
    return allRight;
  }

  async function checkCode(flow: StoredFlow, challenge: StoredChallenge, code: string): Promise<boolean> {
    const user = flowUser(deps, flow);
    const typed = code.replace(/\s+/g, '');
    const real = !flow.decoy && user !== null;
    if (challenge.kind === 'appCode') {
      // A TOTP check and nothing else, real or decoy, so the time taken says nothing.
      const secret = real && user.app ? user.app.secret : decoyTotpSecret;
      return verifyTotp(secret, typed, new Date(deps.now())) && real && user.app !== null;
    }
    if (!real) {
      await decoyCompare(typed);
      return false;
    }
    if (challenge.codeHash === null || typed.length !== challenge.codeLength) {
      await decoyCompare(typed);
      return false;
    }
    return verifySecret(typed, challenge.codeHash);
  }

  function findPush(outboxId: string): { flow: StoredFlow; challenge: StoredChallenge } {
    const current = state();
    const message = current.outbox.find((entry) => entry.id === outboxId && entry.channel === 'push');
    if (!message) throw notFound('No such app notification');
    if (message.pushStatus !== undefined && message.pushStatus !== 'pending') throw conflict('The notification was already answered');
    for (const flow of current.flows.values()) {
      for (const challenge of flow.challenges) {
        if (challenge.outboxId === outboxId) {
          const now = deps.now();
          if (challenge.status !== 'pending' || now >= challenge.expiresAt) throw conflict('The notification can no longer be answered');
          if (flow.status !== 'active' || now >= flow.expiresAt || flow.step !== 'verify') throw conflict('The reset flow is no longer waiting');
          return { flow, challenge };
        }
      }
    }
    throw conflict('The notification can no longer be answered');
  }

  function answerPush(outboxId: string, status: 'approved' | 'denied'): void {
    const { flow, challenge } = findPush(outboxId);
    const message = state().outbox.find((entry) => entry.id === outboxId);
    if (message) message.pushStatus = status;
    challenge.status = status;
    const method = flow.methods.find((entry) => entry.methodId === challenge.methodId);
    if (status === 'approved' && method) passGate(flow, method.group);
    // "Not me": counts like a wrong code, so someone else's attempts end in a block.
    if (status === 'denied') countFailure(deps, flow, 'push_denied', localClient);
    deps.changed();
  }

  return {
    async verifyChallenge({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(deps, params.flowId);
      const challenge = flow.challenges.find((entry) => entry.challengeId === params.challengeId);
      if (!challenge) throw notFound('No such challenge');
      // Blocked first: after the 5th failure the next call is a 429, whatever it verifies.
      ensureNotBlocked(deps, flow, client);
      if (challenge.kind === 'appNotification') {
        if (challenge.status === 'approved') return toFlowView(flow);
        throw conflict('The app notification has not been approved');
      }
      // A code that already passed: the method was already used in this flow (API.md: 409; not counted, the person did know it).
      if (challenge.status === 'used') throw conflict('The method was already used in this flow');
      if (flow.step !== 'verify') throw conflict('Verification is over for this flow');
      const method = flow.methods.find((entry) => entry.methodId === challenge.methodId);
      if (!method || flow.passedGroups.includes(method.group)) throw conflict('The method was already used in this flow');
      const now = deps.now();
      const wrong = challenge.kind === 'questions' ? 'wrong_answers' : 'invalid_code';
      if (challenge.status === 'voided') failVerification(deps, flow, 'invalid_code', 'The code is no longer valid', client);
      if (now >= challenge.expiresAt || challenge.status === 'expired') {
        challenge.status = 'expired';
        deps.changed();
        throw problem(422, 'code_expired', 'The code has expired');
      }
      const right = isAnswers(body)
        ? challenge.kind === 'questions' && (await checkAnswers(flow, challenge, body.answers))
        : challenge.kind !== 'questions' && (await checkCode(flow, challenge, body.code));
      if (!right) {
        // After a miss the person gets a fresh pick of questions (a new challenge).
        if (challenge.kind === 'questions') challenge.status = 'voided';
        failVerification(deps, flow, wrong, wrong === 'wrong_answers' ? 'The answers are not right' : 'The code is not right', client);
      }
      challenge.status = 'used';
      passGate(flow, method.group);
      deps.changed();
      return toFlowView(flow);
    },

    async approvePush({ params }) {
      answerPush(params.id ?? '', 'approved');
      return undefined;
    },

    async denyPush({ params }) {
      answerPush(params.id ?? '', 'denied');
      return undefined;
    },
  };
}
