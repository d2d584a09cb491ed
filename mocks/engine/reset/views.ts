import type { Challenge, ResetFlow } from '@/api';
import type { StoredChallenge, StoredFlow } from '../../store/state';

const toIso = (epochMs: number) => new Date(epochMs).toISOString();

/** The Flow answer: never a code, a hash or the data behind a mask. */
export function toFlowView(flow: StoredFlow): ResetFlow {
  return {
    flowId: flow.flowId,
    expiresAt: toIso(flow.expiresAt),
    step: flow.step,
    gatesRequired: flow.gatesRequired,
    gatesPassed: flow.passedGroups.length,
    methods: flow.methods.map((method) => ({
      methodId: method.methodId,
      kind: method.kind,
      masked: method.masked,
      needsFullPhone: method.needsFullPhone,
      used: flow.passedGroups.includes(method.group),
    })),
    unlockAvailable: flow.unlockAvailable,
    outcome: flow.outcome,
  };
}

/** The status a client sees: a used code or an approved push passed; a voided or late one expired. */
export function challengeStatus(challenge: StoredChallenge, now: number): Challenge['status'] {
  switch (challenge.status) {
    case 'used':
    case 'approved':
      return 'approved';
    case 'voided':
    case 'expired':
      return 'expired';
    case 'denied':
      return 'denied';
    case 'pending':
      return now >= challenge.expiresAt ? 'expired' : 'pending';
  }
}

export function toChallengeView(
  challenge: StoredChallenge,
  now: number,
  questionText: (questionId: string) => string,
): Challenge {
  return {
    challengeId: challenge.challengeId,
    methodId: challenge.methodId,
    kind: challenge.kind,
    expiresAt: toIso(challenge.expiresAt),
    ...(challenge.codeLength !== null ? { codeLength: challenge.codeLength } : {}),
    ...(challenge.kind === 'questions'
      ? { questions: challenge.questionIds.map((questionId) => ({ questionId, text: questionText(questionId) })) }
      : {}),
    status: challengeStatus(challenge, now),
  };
}
