import type { EligibilityReason, PolicyMethod } from '@/api';
import type { PortalState, StoredFlow, StoredUser } from '../../store/state';
import type { EngineDeps } from '../deps';
import { checkEligibility, effectiveMethodsAllowed, findUserByUpn, isOnPremises, methodsRequired, usableEmail, usableMethods, usableMobilePhone, usableOfficePhone } from '../eligibility';
import type { Operations } from '../operations';
import { recordReset } from '../outbox-and-audit';
import { notFound, problem, throttled } from '../problems';
import { clientKey, takeResetStart } from '../sign-in-throttle';
import { maskEmail, maskPhone } from '../../rules/contact';
import { createCaptcha, pruneCaptchas, redeemCaptcha } from './captcha';
import { decoyProfile } from './decoy';
import { newFlow, readableFlow, sweepExpiredFlows } from './flow-records';
import { flowMethodsFor, type FlowMethodSpec } from './methods';
import { blockedFor, clientThrottleKey, throttleKey, throttleOf } from './throttles';
import { toFlowView } from './views';

/** The first step: the CAPTCHA, then the typed user ID starts a flow (a decoy's when it can't reset). */
export type IdentifyOperations = Pick<Operations, 'getCaptcha' | 'getCaptchaAnswer' | 'startReset' | 'getReset'>;

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

function decoyFlow(deps: EngineDeps, typedUserId: string, user: StoredUser | null, reason: EligibilityReason | 'unknown_user'): StoredFlow {
  const current = deps.state();
  const allowed: PolicyMethod[] = user ? effectiveMethodsAllowed(current.policy, user) : [...current.policy.methodsAllowed];
  const gatesRequired = user ? methodsRequired(current.policy, user) : current.policy.methodsRequired;
  const profile = decoyProfile(typedUserId, allowed, gatesRequired);
  return newFlow(deps, { user, typedUserId, decoyReason: reason, gatesRequired, methods: profile.methods, unlockAvailable: false });
}

export function createIdentifyOperations(deps: EngineDeps): IdentifyOperations {
  const state = () => deps.state();
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
        const flow = newFlow(deps, {
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
      if (current.policy.enumerationProtection) return toFlowView(decoyFlow(deps, typedUserId, user, reason ?? 'unknown_user'));
      if (reason === null) throw notFound('No such user');
      throw problem(403, reason, 'This account cannot reset its password here');
    },

    async getReset({ params }) {
      return toFlowView(readableFlow(deps, params.flowId));
    },
  };
}
