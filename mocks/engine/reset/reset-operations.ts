import type { EligibilityReason, PolicyMethod, VerifyChallengeRequest } from '@/api';
import type { PortalState, StoredChallenge, StoredFlow, StoredFlowMethod, StoredUser } from '../../store/state';
import { conflict, notFound, passwordPolicy, problem, throttled } from '../problems';
import {
  checkEligibility,
  effectiveMethodsAllowed,
  findUserByUpn,
  isOnPremises,
  methodsRequired,
  usableEmail,
  usableMethods,
  usableMobilePhone,
  usableOfficePhone,
  validQuestionAnswers,
} from '../eligibility';
import type { EngineDeps } from '../deps';
import { notifyAdmins, recordAudit, recordReset, sendMessage } from '../outbox-and-audit';
import { storeNewPassword, validateNewPassword } from '../user-passwords';
import type { Operations } from '../operations';
import { maskEmail, maskPhone, normalizeTypedPhone } from '../../rules/contact';
import { hashSecret, pickDistinct, randomDigits, randomId, unmatchableHash, verifySecret } from '../../rules/crypto';
import { normalizeAnswer } from '../../rules/questions';
import { verifyTotp } from '../../rules/totp';
import { createCaptcha, pruneCaptchas, redeemCaptcha } from './captcha';
import { decoyProfile, decoyQuestionIds } from './decoy';
import { codeLengths, flowMethodsFor, isCodeKind, isPhoneKind, type FlowMethodSpec } from './methods';
import { decoyQuestionPool, questionTextFor } from './question-text';
import {
  accountLockKey,
  accountWideRules,
  allowEmail,
  clientThrottleKey,
  blockedFor,
  clearFailures,
  countCompletedReset,
  countFailedVerification,
  failedVerificationsLeft,
  throttleKey,
  throttleOf,
  throttleRules,
} from './throttles';
import { toChallengeView, toFlowView } from './views';
import { clientKey, localClient, takeResetStart } from '../sign-in-throttle';

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

const minute = 60 * 1000;
/** PRODUCT.md "Reset rules". */
export const resetLifetimes = {
  flowMs: 15 * minute,
  codeMs: 5 * minute,
  // Expired flows stay a day so late calls still answer 410, then they go.
  keepExpiredFlowMs: 24 * 60 * minute,
} as const;

const channelOf = { email: 'email', mobileText: 'sms', mobileCall: 'voice', officeCall: 'voice' } as const;

// A decoy's authenticator code is checked against this made-up secret: the same TOTP work as a real one.
const decoyTotpSecret = 'KRSXG5DJNZTSAZDFMNXXSIDBOBYA';


function flowUser(deps: EngineDeps, flow: StoredFlow): StoredUser | null {
  return flow.userId === null ? null : (deps.state().users.get(flow.userId) ?? null);
}

function usedKinds(flow: StoredFlow): string[] {
  return flow.challenges
    .filter((challenge) => challenge.status === 'used' || challenge.status === 'approved')
    .map((challenge) => challenge.kind);
}

/** A report row about a real person's flow; decoys of unknown IDs report only their start. */
function reportFlow(deps: EngineDeps, flow: StoredFlow, result: Parameters<typeof recordReset>[1]['result'], reason: string | null): void {
  const user = flowUser(deps, flow);
  if (flow.decoy || !user) return;
  recordReset(deps, { user, userPrincipalName: user.userPrincipalName, methods: usedKinds(flow), result, reason });
}

/**
 * Expired active flows are recorded `abandoned` once; a day later they are dropped. Every reset
 * call runs it; reports must run it too before they read, so a flow nobody touches again still counts.
 */
export function sweepExpiredFlows(deps: EngineDeps): void {
  const now = deps.now();
  const current = deps.state();
  const flows = current.flows;
  let swept = false;
  for (const flow of flows.values()) {
    if (now < flow.expiresAt) continue;
    if (flow.status === 'active' && flow.abandonedAt === undefined) {
      flow.abandonedAt = now;
      reportFlow(deps, flow, 'abandoned', 'flow_expired');
      swept = true;
    }
    if (now >= flow.expiresAt + resetLifetimes.keepExpiredFlowMs) {
      flows.delete(flow.flowId);
      swept = true;
    }
  }
  pruneCaptchas(current, now);
  if (swept) deps.changed();
}

/**
 * The reset operations, each state transition atomic: every call that checks and then changes a
 * flow runs under the lock of the flow's account (its throttle key), so parallel calls queue up
 * and each sees what the one before it wrote.
 */
export function createResetOperations(deps: EngineDeps): ResetOperations {
  const ops = createUnguardedResetOperations(deps);
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

function createUnguardedResetOperations(deps: EngineDeps): ResetOperations {
  const state = () => deps.state();
  /** The decoy compares typed secrets against a hash too (one that nothing matches), so its answers take as long as real ones. */
  const decoyHash = unmatchableHash(deps.hashIterations);
  const decoyCompare = (secret: string) => verifySecret(secret, decoyHash);

  function userOf(flow: StoredFlow): StoredUser | null {
    return flowUser(deps, flow);
  }

  /** The same key startReset checks: the directory id when the ID is known (decoy or not), else the typed ID. */
  function keyOf(flow: StoredFlow): string {
    return throttleKey(flow.userId, flow.typedUserId);
  }

  function report(flow: StoredFlow, result: Parameters<typeof recordReset>[1]['result'], reason: string | null): void {
    reportFlow(deps, flow, result, reason);
  }

  /** The flow, whatever its status: 404 when unknown, 410 once expired. */
  function loadFlow(flowId: string): StoredFlow {
    const now = deps.now();
    sweepExpiredFlows(deps);
    const flow = state().flows.get(flowId);
    if (!flow) throw notFound('No such reset flow');
    if (now >= flow.expiresAt) throw problem(410, 'flow_expired', 'The reset flow has expired');
    return flow;
  }

  function notCancelled(flow: StoredFlow): StoredFlow {
    if (flow.status === 'cancelled') throw conflict('The reset flow was cancelled');
    return flow;
  }

  /** For reads: a cancelled flow is gone for the client (the contract lists no 409 for GETs). */
  function readableFlow(flowId: string): StoredFlow {
    const flow = loadFlow(flowId);
    if (flow.status === 'cancelled') throw notFound('The reset flow was cancelled');
    return flow;
  }

  function activeFlow(flowId: string): StoredFlow {
    const flow = notCancelled(loadFlow(flowId));
    if (flow.status === 'done') throw conflict('The reset flow is finished');
    return flow;
  }

  /** The person's key and this client's key on the person (ADR 0009). */
  function keysOf(flow: StoredFlow, client: string): { account: string; client: string } {
    return { account: keyOf(flow), client: clientThrottleKey(keyOf(flow), client) };
  }

  function blockedWait(keys: { account: string; client: string }): number {
    const now = deps.now();
    return Math.max(blockedFor(state(), keys.account, now), blockedFor(state(), keys.client, now));
  }

  function ensureNotBlocked(flow: StoredFlow, client: string): void {
    const wait = blockedWait(keysOf(flow, client));
    if (wait > 0) throw throttled(wait / 1000, 'Resets are blocked for a while');
  }

  /** The account may have been disabled, or the policy changed, since the flow started: the end step checks again. */
  function ensureStillEligible(user: StoredUser): void {
    if (!user.accountEnabled || checkEligibility(state(), user) !== null) {
      throw conflict('This account can no longer reset its password here');
    }
  }

  function passGate(flow: StoredFlow, group: string): void {
    if (flow.decoy) return;
    if (!flow.passedGroups.includes(group)) flow.passedGroups.push(group);
    if (flow.passedGroups.length >= flow.gatesRequired) flow.step = 'password';
  }

  /** Counts a failed verification (and the block it may start) and reports it. */
  function countFailure(flow: StoredFlow, reason: string, client: string): void {
    const keys = keysOf(flow, client);
    const byClient = countFailedVerification(state(), keys.client, deps.now());
    const byAccount = countFailedVerification(state(), keys.account, deps.now(), accountWideRules.failedVerifications);
    const startedBlock = byClient || byAccount;
    report(flow, 'failed', reason);
    if (startedBlock) report(flow, 'blocked', 'failed_verifications');
    deps.changed();
  }

  function fail(flow: StoredFlow, code: 'invalid_code' | 'wrong_answers' | 'phone_mismatch', title: string, client: string): never {
    countFailure(flow, code, client);
    // How many tries are left before a block (this client's or the account-wide one, whichever is
    // nearer), so the person is warned; the failure that starts a block also says how long it
    // lasts (decoys count the same, so they answer the same).
    const keys = keysOf(flow, client);
    const now = deps.now();
    const attemptsRemaining = Math.min(
      failedVerificationsLeft(state(), keys.client, now),
      failedVerificationsLeft(state(), keys.account, now, accountWideRules.failedVerifications),
    );
    const wait = blockedWait(keys);
    throw problem(422, code, title, { attemptsRemaining, ...(wait > 0 ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}) });
  }

  function newFlow(fields: {
    user: StoredUser | null;
    typedUserId: string;
    decoyReason: string | null;
    gatesRequired: number;
    methods: FlowMethodSpec[];
    unlockAvailable: boolean;
  }): StoredFlow {
    const now = deps.now();
    const methods: StoredFlowMethod[] = fields.methods.map((method) => ({ methodId: randomId(deps.random, 'mth'), ...method }));
    const flow: StoredFlow = {
      flowId: randomId(deps.random, 'flw'),
      userId: fields.user?.id ?? null,
      typedUserId: fields.typedUserId,
      decoy: fields.decoyReason !== null,
      decoyReason: fields.decoyReason,
      createdAt: now,
      expiresAt: now + resetLifetimes.flowMs,
      step: 'verify',
      gatesRequired: fields.gatesRequired,
      passedGroups: [],
      methods,
      challenges: [],
      unlockAvailable: fields.unlockAvailable,
      outcome: null,
      status: 'active',
    };
    state().flows.set(flow.flowId, flow);
    deps.changed();
    return flow;
  }

  function realMethods(current: PortalState, user: StoredUser): FlowMethodSpec[] {
    const email = usableEmail(user);
    const mobile = usableMobilePhone(user);
    const office = usableOfficePhone(user);
    return flowMethodsFor(usableMethods(current, user), effectiveMethodsAllowed(current.policy, user), {
      ...(email ? { email: maskEmail(email) } : {}),
      ...(mobile ? { mobilePhone: maskPhone(mobile.value) } : {}),
      ...(office ? { officePhone: maskPhone(office.value) } : {}),
    });
  }

  function decoyFlow(typedUserId: string, user: StoredUser | null, reason: EligibilityReason | 'unknown_user'): StoredFlow {
    const current = state();
    const allowed: PolicyMethod[] = user ? effectiveMethodsAllowed(current.policy, user) : [...current.policy.methodsAllowed];
    const gatesRequired = user ? methodsRequired(current.policy, user) : current.policy.methodsRequired;
    const profile = decoyProfile(typedUserId, allowed, gatesRequired);
    return newFlow({ user, typedUserId, decoyReason: reason, gatesRequired, methods: profile.methods, unlockAvailable: false });
  }

  /** The E.164 number a phone method dials: the one on file, or the decoy's made-up one. */
  function phoneOnFile(flow: StoredFlow, method: StoredFlowMethod): string | null {
    const user = userOf(flow);
    if (flow.decoy || !user) {
      const current = state();
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

  async function checkAnswers(flow: StoredFlow, challenge: StoredChallenge, answers: { questionId: string; answer: string }[]) {
    const user = userOf(flow);
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
    const user = userOf(flow);
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
    if (status === 'denied') countFailure(flow, 'push_denied', localClient);
    deps.changed();
  }

  return {
    async getCaptcha() {
      const current = state();
      if (!current.policy.captcha) return { enabled: false };
      const now = deps.now();
      pruneCaptchas(current, now);
      const captcha = createCaptcha(deps.random, now);
      current.captchas.set(captcha.stored.challengeId, captcha.stored);
      deps.changed();
      return { enabled: true, challengeId: captcha.stored.challengeId, image: captcha.image, alternativeQuestion: captcha.alternativeQuestion };
    },

    async getCaptchaAnswer({ params }) {
      const captcha = params.challengeId === undefined ? undefined : state().captchas.get(params.challengeId);
      if (!captcha) throw notFound('No such CAPTCHA');
      return { answer: captcha.answer };
    },

    async startReset({ body }, context) {
      const current = state();
      const now = deps.now();
      sweepExpiredFlows(deps);
      const typedUserId = body.userId;
      if (current.policy.captcha) {
        const solved = body.captcha !== undefined && redeemCaptcha(current, body.captcha.challengeId, body.captcha.answer, now);
        deps.changed();
        if (!solved) throw problem(422, 'captcha_failed', 'The CAPTCHA was not solved');
      }
      // Per client, any user ID alike (capping only decoys would tell which IDs are real).
      const startWait = takeResetStart(current, clientKey(context), now);
      if (startWait > 0) throw throttled(startWait / 1000, 'Too many resets started');
      const user = findUserByUpn(current, typedUserId);
      const key = throttleKey(user?.id ?? null, typedUserId);
      const wait = Math.max(blockedFor(current, key, now), blockedFor(current, clientThrottleKey(key, clientKey(context)), now));
      if (wait > 0) {
        if (user) {
          const reason = throttleOf(current, key).blockReason;
          recordReset(deps, { user, userPrincipalName: user.userPrincipalName, methods: [], result: 'blocked', reason });
        }
        throw throttled(wait / 1000, 'Resets are blocked for a while');
      }
      const reason = user ? checkEligibility(current, user) : null;
      if (user && reason === null) {
        const flow = newFlow({
          user,
          typedUserId,
          decoyReason: null,
          gatesRequired: methodsRequired(current.policy, user),
          methods: realMethods(current, user),
          unlockAvailable: isOnPremises(user) && user.lockedOut && current.policy.onPremises.writeback && current.policy.onPremises.allowUnlock,
        });
        return toFlowView(flow);
      }
      recordReset(deps, { user, userPrincipalName: typedUserId, methods: [], result: 'failed', reason: reason ?? 'unknown_user' });
      if (current.policy.enumerationProtection) return toFlowView(decoyFlow(typedUserId, user, reason ?? 'unknown_user'));
      if (reason === null) throw notFound('No such user');
      throw problem(403, reason, 'This account cannot reset its password here');
    },

    async getReset({ params }) {
      return toFlowView(readableFlow(params.flowId));
    },

    async createChallenge({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(params.flowId);
      if (flow.step !== 'verify') throw conflict('Verification is over for this flow');
      const method = flow.methods.find((entry) => entry.methodId === body.methodId);
      if (!method) throw conflict('The method is not offered in this flow');
      if (flow.passedGroups.includes(method.group)) throw conflict('The method was already used in this flow');
      ensureNotBlocked(flow, client);
      const current = state();
      const now = deps.now();
      const user = userOf(flow);

      let dialled: string | null = null;
      if (isPhoneKind(method.kind)) {
        const typed = body.phoneNumber === undefined ? null : normalizeTypedPhone(body.phoneNumber);
        dialled = phoneOnFile(flow, method);
        if (typed === null || dialled === null || typed !== dialled) fail(flow, 'phone_mismatch', 'The number is not the one on file', client);
      }
      const keys = keysOf(flow, client);
      // This client's 11th blocks this client; the person's shared count only holds e-mails back until the window frees.
      if (method.kind === 'email' && !(allowEmail(current, keys.client, now) && allowEmail(current, keys.account, now, accountWideRules.emailsSent, false))) {
        report(flow, 'blocked', 'too_many_emails');
        deps.changed();
        const windowWait = (throttleOf(current, keys.account).emailsSent[0] ?? now) + throttleRules.emailsSent.windowMs - now;
        throw throttled(Math.max(blockedWait(keys), windowWait) / 1000, 'Too many e-mails');
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
      const org = current.organization.name;
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
            subject: `${org} password reset code`,
            body:
              method.kind === 'email'
                ? `Use ${code} to reset your ${org} password. The code expires in 5 minutes. If you did not ask for it, ignore this message.`
                : `${org}: your password reset code is ${code}. It expires in 5 minutes.`,
            code,
          });
        }
      } else if (method.kind === 'appNotification') {
        if (!flow.decoy && user) {
          const message = sendMessage(deps, {
            channel: 'push',
            to: user.userPrincipalName,
            subject: `${org}: approve the password reset?`,
            body: `Someone is resetting the password of ${user.userPrincipalName}. Approve only if it is you.`,
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
      const flow = readableFlow(params.flowId);
      const challenge = flow.challenges.find((entry) => entry.challengeId === params.challengeId);
      if (!challenge) throw notFound('No such challenge');
      return toChallengeView(challenge, deps.now(), questionTextFor(state().policy));
    },

    async verifyChallenge({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(params.flowId);
      const challenge = flow.challenges.find((entry) => entry.challengeId === params.challengeId);
      if (!challenge) throw notFound('No such challenge');
      // Blocked first: after the 5th failure the next call is a 429, whatever it verifies.
      ensureNotBlocked(flow, client);
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
      if (challenge.status === 'voided') fail(flow, 'invalid_code', 'The code is no longer valid', client);
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
        fail(flow, wrong, wrong === 'wrong_answers' ? 'The answers are not right' : 'The code is not right', client);
      }
      challenge.status = 'used';
      passGate(flow, method.group);
      deps.changed();
      return toFlowView(flow);
    },

    async resetPassword({ params, body }, context) {
      const client = clientKey(context);
      const flow = activeFlow(params.flowId);
      const user = userOf(flow);
      if (flow.step !== 'password' || flow.decoy || !user) throw conflict('Verify first');
      ensureNotBlocked(flow, client);
      ensureStillEligible(user);
      const current = state();
      const violations = await validateNewPassword(current, user, body.newPassword);
      if (violations.length > 0) throw passwordPolicy(violations);
      await storeNewPassword(deps, user, body.newPassword);
      user.lockedOut = false;
      const key = keyOf(flow);
      clearFailures(current, key);
      clearFailures(current, clientThrottleKey(key, client));
      const startedBlock = countCompletedReset(current, key, deps.now());
      flow.step = 'done';
      flow.outcome = 'reset';
      flow.status = 'done';
      if (current.policy.notifyUserOnReset) notifyUser(user, current.organization.name);
      recordAudit(deps, { activity: 'resetPassword', actor: user.userPrincipalName, target: user.userPrincipalName });
      report(flow, 'succeeded', 'password_reset');
      if (startedBlock) report(flow, 'blocked', 'too_many_resets');
      deps.changed();
      return toFlowView(flow);
    },

    async unlockAccount({ params }, context) {
      const client = clientKey(context);
      const flow = activeFlow(params.flowId);
      const user = userOf(flow);
      if (!flow.unlockAvailable || flow.step !== 'password' || flow.decoy || !user) throw conflict('Unlock is not available now');
      ensureNotBlocked(flow, client);
      ensureStillEligible(user);
      if (!state().policy.onPremises.allowUnlock) throw conflict('Unlock is not available now');
      user.lockedOut = false;
      clearFailures(state(), keyOf(flow));
      clearFailures(state(), clientThrottleKey(keyOf(flow), client));
      flow.step = 'done';
      flow.outcome = 'unlocked';
      flow.status = 'done';
      recordAudit(deps, { activity: 'unlockAccount', actor: user.userPrincipalName, target: user.userPrincipalName });
      report(flow, 'succeeded', 'unlocked');
      deps.changed();
      return toFlowView(flow);
    },

    async contactAdmin({ params }) {
      const flow = loadFlow(params.flowId);
      if (flow.adminContactedAt !== undefined) return undefined;
      flow.adminContactedAt = deps.now();
      const current = state();
      if (current.policy.helpdesk.mode === 'default') {
        notifyAdmins(deps, {
          subject: `Password help requested for ${flow.typedUserId}`,
          body: `Someone resetting the password of "${flow.typedUserId}" at the password portal asked an administrator for help.`,
        });
      }
      const user = userOf(flow);
      const userPrincipalName = user?.userPrincipalName ?? flow.typedUserId;
      // Every row has a reason (API.md): an eligible person who asks for help simply asked.
      recordReset(deps, { user, userPrincipalName, methods: usedKinds(flow), result: 'contactedAdmin', reason: flow.decoyReason ?? 'help_requested' });
      // Like the seeded history: the audit log shows who asked for help.
      recordAudit(deps, { activity: 'contactAdmin', actor: userPrincipalName, target: userPrincipalName, reason: flow.decoyReason });
      deps.changed();
      return undefined;
    },

    async cancelReset({ params }) {
      const flow = activeFlow(params.flowId);
      flow.status = 'cancelled';
      report(flow, 'cancelled', 'user_cancelled');
      deps.changed();
      return undefined;
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

  function notifyUser(user: StoredUser, org: string): void {
    const recipients = new Set([user.userPrincipalName.toLowerCase()]);
    const email = usableEmail(user);
    if (email) recipients.add(email.toLowerCase());
    for (const to of recipients) {
      sendMessage(deps, {
        channel: 'email',
        to,
        subject: `Your ${org} password was reset`,
        body: `The password of ${user.userPrincipalName} was just reset at the password portal. If this was not you, contact your administrator now.`,
      });
    }
  }

}

function isAnswers(body: VerifyChallengeRequest): body is Extract<VerifyChallengeRequest, { answers: unknown }> {
  return 'answers' in body;
}
