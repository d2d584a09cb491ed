import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AuditActivity, PreferredLanguage, SecurityInfo, SecurityMethod, SecurityMethodKind } from '@/api';
import type { StoredUser, StoredVerification } from '../store/state';
import type { EngineDeps } from './deps';
import { sessionUser } from './auth';
import {
  allowedMethodKinds,
  cachedIsEmail,
  cachedParsePhone,
  checkEligibility,
  hasMethodData,
  isAdmin,
  isRegistered,
  methodsRequired,
  offeredQuestionIds,
  validQuestionAnswers,
} from './eligibility';
import type { Operations, RequestContext } from './operations';
import { notFound, problem, throttled, validationFailed } from './problems';
import { messagesFor } from './messages';
import { recordAudit, recordRegistration, sendMessage, toIso } from './outbox-and-audit';
import { maskEmail, maskPhone, normalizeTypedPhone } from '../rules/contact';
import { hashSecret, randomDigits, randomId, verifySecret } from '../rules/crypto';
import { customQuestions, normalizeAnswer, predefinedQuestions, validateQuestionAnswers } from '../rules/questions';
import { createTotpSecret, otpauthUri, verifyTotp } from '../rules/totp';
import { accountLockKey, takeRegistrationEmail } from './reset';

type SecurityInfoOperations = Pick<
  Operations,
  | 'getSecurityInfo'
  | 'startEmailVerification'
  | 'startPhoneVerification'
  | 'startAppVerification'
  | 'completeEmail'
  | 'completeMobilePhone'
  | 'completeApp'
  | 'registerQuestions'
  | 'deleteMethod'
  | 'confirmSecurityInfo'
>;

export const verificationLifetimeMs = 5 * 60 * 1000;
/** The app gets longer: the person has to install it and scan the QR code. */
export const appVerificationLifetimeMs = 15 * 60 * 1000;
export const codeLengths = { email: 8, phone: 6 } as const;
/** Verifications stay this long after expiry, then go. */
const verificationKeepMs = 10 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;
const methodKinds: readonly SecurityMethodKind[] = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'];

/**
 * A phone number as a person types it, in the stored form `+<country code> <number>`: people
 * type `+31612345678` or `+31 (0)6-1234 5678` as often as the form the directory keeps.
 */
export function phoneToStore(value: string): { stored: string; e164: string } | null {
  const trimmed = value.trim();
  const parsed = cachedParsePhone(trimmed);
  if (parsed) return { stored: trimmed, e164: parsed.e164 };
  const e164 = normalizeTypedPhone(trimmed);
  const formatted = e164 ? parsePhoneNumberFromString(e164)?.formatInternational() : undefined;
  const check = formatted ? cachedParsePhone(formatted) : null;
  return formatted && check ? { stored: formatted, e164: check.e164 } : null;
}

function wellFormedPhone(value: string | null): value is string {
  return value !== null && cachedParsePhone(value) !== null;
}

function describeMethod(deps: EngineDeps, user: StoredUser, kind: SecurityMethodKind): SecurityMethod {
  const policy = deps.state().policy;
  const allowed = allowedMethodKinds(policy, user).has(kind);
  const { contact } = user;
  /** A method held in the contact data: masked once registered, else offered with what the directory has. */
  const fromContact = (value: string | null, registered: boolean, mask: (value: string) => string, editable: boolean, prefill: string | null): SecurityMethod => ({
    kind,
    allowed,
    editable,
    registered,
    masked: registered && value ? mask(value) : null,
    prefill: registered ? null : prefill,
  });
  switch (kind) {
    case 'email': {
      const registered = contact.authenticationEmail !== null && cachedIsEmail(contact.authenticationEmail);
      return fromContact(contact.authenticationEmail, registered, maskEmail, true, contact.alternateEmail ?? null);
    }
    case 'mobilePhone':
      return fromContact(contact.authenticationPhone, wellFormedPhone(contact.authenticationPhone), maskPhone, true, contact.mobilePhone ?? null);
    case 'officePhone':
      return fromContact(contact.officePhone, wellFormedPhone(contact.officePhone), maskPhone, false, null);
    case 'app':
      return { kind, allowed, editable: true, registered: user.app !== null, masked: null, prefill: null };
    case 'questions':
      return { kind, allowed, editable: !isAdmin(user), registered: hasMethodData(policy, user, 'questions'), masked: null, prefill: null };
  }
}

export function securityInfoOf(deps: EngineDeps, user: StoredUser): SecurityInfo {
  const state = deps.state();
  const { policy } = state;
  const days = policy.reconfirmDays;
  return {
    methods: methodKinds.map((kind) => describeMethod(deps, user, kind)),
    methodsRequired: methodsRequired(policy, user),
    registered: isRegistered(state, user),
    lastConfirmedAt: user.lastConfirmedAt === null ? null : toIso(user.lastConfirmedAt),
    reconfirmDueAt: days > 0 && user.lastConfirmedAt !== null ? toIso(user.lastConfirmedAt + days * dayMs) : null,
    resetUnavailableReason: checkEligibility(state, user),
    questions: {
      registerCount: policy.questions.registerCount,
      predefined: predefinedQuestions.map(({ questionId, text }) => ({ questionId, text })),
      custom: customQuestions(policy.questions.custom),
      registeredQuestionIds: validQuestionAnswers(policy, user).map((answer) => answer.questionId),
    },
  };
}

/** The kinds whose data the person has now (the registration report's `methods`). */
function methodsHeld(deps: EngineDeps, user: StoredUser): string[] {
  const policy = deps.state().policy;
  return methodKinds.filter((kind) => hasMethodData(policy, user, kind));
}

function ensureAllowed(deps: EngineDeps, user: StoredUser, kind: SecurityMethodKind): void {
  if (!allowedMethodKinds(deps.state().policy, user).has(kind)) {
    throw validationFailed([{ code: 'method_not_allowed', field: 'kind', params: { kind } }]);
  }
}

/**
 * Registering or confirming sets lastConfirmedAt; a registration row and an audit row are written.
 * The portal's language, when sent, becomes the person's preferred language.
 */
function registered(deps: EngineDeps, user: StoredUser, activity: AuditActivity, preferredLanguage?: PreferredLanguage): SecurityInfo {
  user.lastConfirmedAt = deps.now();
  if (preferredLanguage !== undefined) user.preferredLanguage = preferredLanguage;
  recordRegistration(deps, user, methodsHeld(deps, user));
  recordAudit(deps, { activity, actor: user.userPrincipalName, target: user.userPrincipalName });
  deps.changed();
  return securityInfoOf(deps, user);
}

const maxWrongCodes = 5;

export function createSecurityInfoOperations(deps: EngineDeps): SecurityInfoOperations {
  /** A new verification; the newest for a kind voids the older ones, and old ones are pruned. */
  function startVerification(user: StoredUser, fields: Omit<StoredVerification, 'verificationId' | 'userId' | 'createdAt' | 'used'>): StoredVerification {
    const state = deps.state();
    const now = deps.now();
    for (const [id, verification] of state.verifications) {
      if (verification.userId === user.id && verification.kind === fields.kind) verification.used = true;
      if (verification.expiresAt + verificationKeepMs < now) state.verifications.delete(id);
    }
    const verification: StoredVerification = {
      verificationId: randomId(deps.random, 'ver'),
      userId: user.id,
      createdAt: now,
      used: false,
      ...fields,
    };
    state.verifications.set(verification.verificationId, verification);
    deps.changed();
    return verification;
  }

  /** The checks common to completing a verification: it exists, is this person's, unused, unexpired. */
  function pendingVerification(user: StoredUser, verificationId: string, kind: StoredVerification['kind']): StoredVerification {
    const verification = deps.state().verifications.get(verificationId);
    if (!verification || verification.userId !== user.id || verification.kind !== kind) throw notFound('No such verification');
    // A voided or reused code fails like a wrong one.
    if (verification.used) throw problem(422, 'invalid_code', 'The code is not valid');
    if (verification.expiresAt <= deps.now()) throw problem(422, 'code_expired', 'The code has expired');
    return verification;
  }

  /** A wrong code; after five the verification is void, so a code can't be guessed in its 5 minutes. */
  function wrongCode(verification: StoredVerification): never {
    verification.failedAttempts = (verification.failedAttempts ?? 0) + 1;
    if (verification.failedAttempts >= maxWrongCodes) verification.used = true;
    deps.changed();
    throw problem(422, 'invalid_code', 'The code is not valid');
  }

  /** A new code for an address or number, stored only as its hash, valid for five minutes. */
  async function startCodeVerification(
    user: StoredUser,
    kind: 'email' | 'mobilePhone',
    value: string,
    length: number,
    now: number,
  ): Promise<{ code: string; verification: StoredVerification }> {
    const code = randomDigits(deps.random, length);
    const codeHash = await hashSecret(code, deps.random, deps.hashIterations);
    return { code, verification: startVerification(user, { kind, value, codeHash, secret: null, expiresAt: now + verificationLifetimeMs }) };
  }

  /** A sent code entered: the verified address or number becomes the person's contact data. */
  function completeContact(
    context: RequestContext,
    body: { verificationId: string; code: string; preferredLanguage?: PreferredLanguage },
    kind: 'email' | 'mobilePhone',
    field: 'authenticationEmail' | 'authenticationPhone',
    activity: AuditActivity,
  ): Promise<SecurityInfo> {
    const user = sessionUser(deps, context);
    return deps.exclusive(accountLockKey(user.id), async () => {
      const verification = pendingVerification(user, body.verificationId, kind);
      await checkCode(verification, body.code);
      verification.used = true;
      user.contact[field] = verification.value;
      return registered(deps, user, activity, body.preferredLanguage);
    });
  }

  async function checkCode(verification: StoredVerification, code: string): Promise<void> {
    const ok = verification.codeHash !== null && (await verifySecret(code.replace(/\s+/g, ''), verification.codeHash));
    if (!ok) wrongCode(verification);
  }

  return {
    async getSecurityInfo(_input, context) {
      return securityInfoOf(deps, sessionUser(deps, context));
    },

    async startEmailVerification({ body }, context) {
      const user = sessionUser(deps, context);
      ensureAllowed(deps, user, 'email');
      if (!cachedIsEmail(body.value)) throw validationFailed([{ code: 'invalid_email', field: 'value' }]);
      const now = deps.now();
      // Registration e-mails count toward the same per-person limit as reset e-mails (PRODUCT.md counts e-mails per user).
      const waitMs = takeRegistrationEmail(deps.state(), user.id, now);
      if (waitMs > 0) throw throttled(waitMs / 1000, 'Too many e-mails');
      deps.changed();
      const { code, verification } = await startCodeVerification(user, 'email', body.value, codeLengths.email, now);
      const { text, organization } = messagesFor(deps.state(), user);
      sendMessage(deps, {
        channel: 'email',
        to: body.value,
        subject: text.verificationEmailSubject({ organization }),
        body: text.verificationEmail({ organization, code }),
        code,
      });
      return { verificationId: verification.verificationId, expiresAt: toIso(verification.expiresAt), codeLength: codeLengths.email };
    },

    async startPhoneVerification({ body }, context) {
      const user = sessionUser(deps, context);
      ensureAllowed(deps, user, 'mobilePhone');
      const parsed = phoneToStore(body.value);
      if (!parsed) throw validationFailed([{ code: 'invalid_phone', field: 'value' }]);
      const now = deps.now();
      const { code, verification } = await startCodeVerification(user, 'mobilePhone', parsed.stored, codeLengths.phone, now);
      const { text, organization } = messagesFor(deps.state(), user);
      const sms = body.channel === 'sms';
      sendMessage(deps, {
        channel: body.channel,
        to: parsed.e164,
        subject: sms ? text.verificationTextSubject({ organization }) : text.verificationCallSubject({ organization }),
        body: sms ? text.verificationText({ organization, code }) : text.verificationCall({ organization, code: code.split('').join(' ') }),
        code,
      });
      return { verificationId: verification.verificationId, expiresAt: toIso(verification.expiresAt), codeLength: codeLengths.phone };
    },

    async startAppVerification(_input, context) {
      const user = sessionUser(deps, context);
      ensureAllowed(deps, user, 'app');
      const secret = createTotpSecret(deps.random);
      const verification = startVerification(user, {
        kind: 'app',
        value: user.userPrincipalName,
        codeHash: null,
        secret,
        expiresAt: deps.now() + appVerificationLifetimeMs,
      });
      return {
        verificationId: verification.verificationId,
        expiresAt: toIso(verification.expiresAt),
        secret,
        otpauthUri: otpauthUri(secret, user.userPrincipalName, deps.state().organization.name),
      };
    },

    async completeEmail({ body }, context) {
      return completeContact(context, body, 'email', 'authenticationEmail', 'registerEmail');
    },

    async completeMobilePhone({ body }, context) {
      return completeContact(context, body, 'mobilePhone', 'authenticationPhone', 'registerMobilePhone');
    },

    async completeApp({ body }, context) {
      const user = sessionUser(deps, context);
      return deps.exclusive(accountLockKey(user.id), async () => {
        const verification = pendingVerification(user, body.verificationId, 'app');
        if (!verification.secret || !verifyTotp(verification.secret, body.code, new Date(deps.now()))) {
          wrongCode(verification);
        }
        verification.used = true;
        user.app = { secret: verification.secret, registeredAt: deps.now() };
        return registered(deps, user, 'registerApp', body.preferredLanguage);
      });
    },

    async registerQuestions({ body }, context) {
      const user = sessionUser(deps, context);
      if (isAdmin(user)) throw validationFailed([{ code: 'questions_not_allowed_for_admins', field: 'answers' }]);
      ensureAllowed(deps, user, 'questions');
      const { policy } = deps.state();
      const violations = validateQuestionAnswers(body.answers, policy.questions.registerCount, offeredQuestionIds(policy));
      if (violations.length > 0) throw validationFailed(violations);
      user.questions = await Promise.all(
        body.answers.map(async ({ questionId, answer }) => ({
          questionId,
          answerHash: await hashSecret(normalizeAnswer(answer), deps.random, deps.hashIterations),
        })),
      );
      return registered(deps, user, 'registerSecurityQuestions', body.preferredLanguage);
    },

    async deleteMethod({ params }, context) {
      const user = sessionUser(deps, context);
      const kind = params.kind;
      if (kind === 'officePhone') throw validationFailed([{ code: 'not_editable', field: 'kind', params: { kind } }]);
      const method = describeMethod(deps, user, kind);
      const held =
        method.registered ||
        (kind === 'email' && user.contact.authenticationEmail !== null) ||
        (kind === 'mobilePhone' && user.contact.authenticationPhone !== null) ||
        (kind === 'questions' && user.questions.length > 0);
      if (!held) throw notFound('That method is not registered');
      if (kind === 'email') user.contact.authenticationEmail = null;
      if (kind === 'mobilePhone') user.contact.authenticationPhone = null;
      if (kind === 'app') user.app = null;
      if (kind === 'questions') user.questions = [];
      recordAudit(deps, { activity: 'deleteSecurityInfo', actor: user.userPrincipalName, target: user.userPrincipalName, reason: kind });
      deps.changed();
      return securityInfoOf(deps, user);
    },

    async confirmSecurityInfo(_input, context) {
      const user = sessionUser(deps, context);
      if (!isRegistered(deps.state(), user)) throw problem(403, 'not_registered', 'Register enough methods first');
      user.lastConfirmedAt = deps.now();
      recordAudit(deps, { activity: 'confirmSecurityInfo', actor: user.userPrincipalName, target: user.userPrincipalName });
      deps.changed();
      return securityInfoOf(deps, user);
    },
  };
}

