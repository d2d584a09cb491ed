import type { Challenge, EndpointOutput, OutboxMessage, Policy, ResetFlow, ResetMethodKind, VerifyChallengeRequest } from '@/api';
import { emptyContact, emptyState, newUserDefaults, type PortalState, type StoredUser } from '../store/state';
import type { EngineDeps } from '../engine/deps';
import { createKeyedLock } from '../engine/keyed-lock';
import type { RequestContext } from '../engine/operations';
import { ProblemError } from '../engine/operations';
import { hashSecret, seededRandom } from '../rules/crypto';
import { seedPolicy } from '../rules/policy';
import { normalizeAnswer, predefinedQuestions } from '../rules/questions';
import { createResetOperations, type ResetOperations } from '../engine/reset/reset-operations';

/** A tiny hand-built directory for the reset tests: a fixed clock, seeded randomness, no persistence. */
export const pilotGroupId = 'grp-pilot';
export const startOfTest = Date.parse('2026-03-02T09:00:00.000Z');
export const appSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const questionAnswers = ['Seattle', 'Rover', 'Blue', 'Lincoln High', 'Anna'] as const;
export const oldPassword = 'Old-Password-2025!';
/** Tests hash at a low cost (the format records it); the default is ADR 0004's 600,000. */
export const testHashIterations = 1_000;

function baseUser(id: string, upn: string): StoredUser {
  return {
    id,
    userPrincipalName: upn,
    displayName: upn.split('@')[0] ?? upn,
    givenName: 'Given',
    surname: 'Person',
    source: 'cloud',
    licenses: ['entraP1'],
    groupIds: [pilotGroupId],
    roles: [],
    ...newUserDefaults(),
  };
}

export interface Kit {
  state: PortalState;
  deps: EngineDeps;
  ops: ResetOperations;
  advance(ms: number): void;
  captcha(): Promise<EndpointOutput<'getCaptcha'>>;
  captchaAnswer(challengeId: string): Promise<EndpointOutput<'getCaptchaAnswer'>>;
  start(userId: string, captcha?: { challengeId: string; answer: string }): Promise<ResetFlow>;
  flow(flowId: string): Promise<ResetFlow>;
  challenge(flowId: string, methodId: string, phoneNumber?: string): Promise<Challenge>;
  getChallenge(flowId: string, challengeId: string): Promise<Challenge>;
  verify(flowId: string, challengeId: string, body: VerifyChallengeRequest): Promise<ResetFlow>;
  setPassword(flowId: string, newPassword: string): Promise<ResetFlow>;
  unlock(flowId: string): Promise<ResetFlow>;
  contactAdmin(flowId: string): Promise<undefined>;
  cancel(flowId: string): Promise<undefined>;
  approve(outboxId: string): Promise<undefined>;
  deny(outboxId: string): Promise<undefined>;
  /** The method of a kind in the flow (fails the test when absent). */
  method(flow: ResetFlow, kind: ResetMethodKind): string;
  outbox(to?: string): OutboxMessage[];
  lastCode(to: string): string;
}

export interface KitOptions {
  policy?: Partial<Policy>;
  seed?: number;
}

/**
 * Users: `ada` (e-mail + mobile), `bo` (every method: e-mail, mobile, office, app, five questions),
 * `cy` (on premises, locked out, e-mail + mobile), `dee` (not registered), `admin` (global admin, e-mail + mobile).
 */
export async function createKit(options: KitOptions = {}): Promise<Kit> {
  const random = seededRandom(options.seed ?? 42);
  const hash = (secret: string) => hashSecret(secret, random, testHashIterations);
  const ada = baseUser('u-ada', 'ada@contoso.com');
  ada.contact = { ...emptyContact(), authenticationEmail: 'ada.lovelace@fabrikam.com', authenticationPhone: '+1 425 555 0101' };
  const bo = baseUser('u-bo', 'bo@contoso.com');
  bo.contact = {
    ...emptyContact(),
    alternateEmail: 'bo.private@fabrikam.com',
    mobilePhone: '+31 6 12345678',
    officePhone: '+1 425 555 0107 x123',
  };
  bo.app = { secret: appSecret, registeredAt: startOfTest - 86_400_000 };
  bo.questions = await Promise.all(
    questionAnswers.map(async (answer, index) => ({
      questionId: predefinedQuestions[index]?.questionId ?? `q${index}`,
      answerHash: await hash(normalizeAnswer(answer)),
    })),
  );
  const cy = baseUser('u-cy', 'cy@contoso.com');
  cy.source = 'hashSync';
  cy.lockedOut = true;
  cy.contact = { ...emptyContact(), authenticationEmail: 'cy@fabrikam.com', mobilePhone: '+1 425 555 0103' };
  const dee = baseUser('u-dee', 'dee@contoso.com');
  const admin = baseUser('u-admin', 'admin@contoso.com');
  admin.roles = ['globalAdministrator'];
  admin.groupIds = [];
  admin.contact = { ...emptyContact(), authenticationEmail: 'admin.private@fabrikam.com', authenticationPhone: '+1 425 555 0100' };
  const users = [ada, bo, cy, dee, admin];
  for (const user of users) user.passwordHash = await hash(oldPassword);

  let now = startOfTest;
  const state: PortalState = emptyState({
    organization: { name: 'Contoso' },
    policy: { ...seedPolicy(pilotGroupId), captcha: false, ...options.policy },
    groups: new Map([[pilotGroupId, { id: pilotGroupId, name: 'SSPR Pilot', memberGroupIds: [] }]]),
    users: new Map(users.map((user) => [user.id, user])),
    userIdsByUpn: new Map(users.map((user) => [user.userPrincipalName.toLowerCase(), user.id])),
  });
  const deps: EngineDeps = {
    state: () => state,
    now: () => now,
    random,
    hashIterations: testHashIterations,
    changed: () => undefined,
    exclusive: createKeyedLock(),
  };
  const ops = createResetOperations(deps);
  const context: RequestContext = { token: null };
  const outbox = (to?: string) => state.outbox.filter((message) => to === undefined || message.to === to).reverse();
  return {
    state,
    deps,
    ops,
    advance(ms) {
      now += ms;
    },
    captcha: () => ops.getCaptcha({ params: undefined, query: undefined, body: undefined }, context),
    captchaAnswer: (challengeId) => ops.getCaptchaAnswer({ params: { challengeId }, query: undefined, body: undefined }, context),
    start: (userId, captcha) =>
      ops.startReset({ params: undefined, query: undefined, body: { userId, ...(captcha ? { captcha } : {}) } }, context),
    flow: (flowId) => ops.getReset({ params: { flowId }, query: undefined, body: undefined }, context),
    challenge: (flowId, methodId, phoneNumber) =>
      ops.createChallenge({ params: { flowId }, query: undefined, body: { methodId, ...(phoneNumber !== undefined ? { phoneNumber } : {}) } }, context),
    getChallenge: (flowId, challengeId) => ops.getChallenge({ params: { flowId, challengeId }, query: undefined, body: undefined }, context),
    verify: (flowId, challengeId, body) => ops.verifyChallenge({ params: { flowId, challengeId }, query: undefined, body }, context),
    setPassword: (flowId, newPassword) => ops.resetPassword({ params: { flowId }, query: undefined, body: { newPassword } }, context),
    unlock: (flowId) => ops.unlockAccount({ params: { flowId }, query: undefined, body: undefined }, context),
    contactAdmin: (flowId) => ops.contactAdmin({ params: { flowId }, query: undefined, body: undefined }, context),
    cancel: (flowId) => ops.cancelReset({ params: { flowId }, query: undefined, body: undefined }, context),
    approve: (id) => ops.approvePush({ params: { id }, query: undefined, body: undefined }, context),
    deny: (id) => ops.denyPush({ params: { id }, query: undefined, body: undefined }, context),
    method(flow, kind) {
      const method = flow.methods.find((entry) => entry.kind === kind);
      if (!method) throw new Error(`No ${kind} method in the flow`);
      return method.methodId;
    },
    outbox,
    lastCode(to) {
      const code = outbox(to).find((message) => message.code !== undefined)?.code;
      if (code === undefined) throw new Error(`No code sent to ${to}`);
      return code;
    },
  };
}

/** The problem a call failed with, or a failure when it did not fail. */
export async function problemOf(promise: Promise<unknown>): Promise<{ status: number; code: string; retryAfterSeconds?: number; attemptsRemaining?: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

