import { z } from 'zod/mini';
import { emptyBodySchema } from './schemas/common';
import {
  createUserRequestSchema,
  groupListSchema,
  patchUserRequestSchema,
  temporaryPasswordSchema,
  userListQuerySchema,
  userSchema,
  securityMethodKindSchema,
} from './schemas/directory';
import { pageSchema } from './schemas/common';
import {
  advanceClockRequestSchema,
  captchaAnswerSchema,
  clockSchema,
  devNoticesSchema,
  devSettingsSchema,
  outboxQuerySchema,
  outboxSchema,
} from './schemas/dev';
import { brandingSchema, effectiveBrandingSchema } from './schemas/branding';
import { captchaSchema, passwordCheckRequestSchema, passwordCheckResultSchema, passwordRulesSchema } from './schemas/password';
import { policySchema } from './schemas/policy';
import {
  auditPageSchema,
  auditQuerySchema,
  importModeQuerySchema,
  importResultSchema,
  registrationPageSchema,
  registrationsQuerySchema,
  reportSummarySchema,
  resetPageSchema,
  resetsQuerySchema,
  summaryQuerySchema,
} from './schemas/reports';
import {
  challengeSchema,
  createChallengeRequestSchema,
  resetFlowSchema,
  resetPasswordRequestSchema,
  startResetRequestSchema,
  verifyChallengeRequestSchema,
} from './schemas/reset';
import {
  appVerificationRequestSchema,
  appVerificationStartedSchema,
  changePasswordRequestSchema,
  completeVerificationRequestSchema,
  emailVerificationRequestSchema,
  phoneVerificationRequestSchema,
  registerQuestionsRequestSchema,
  securityInfoSchema,
  verificationStartedSchema,
} from './schemas/security-info';
import { devSessionRequestSchema, meSchema, sessionSchema, signInRequestSchema } from './schemas/session';

/**
 * Who may call an endpoint: anyone, a signed-in person (Bearer token), a signed-in admin, or
 * the mock backend's dev API.
 */
export type EndpointAuth = 'public' | 'user' | 'admin' | 'dev';

export interface EndpointDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base path `/api/v1`, with `{name}` path parameters. */
  path: string;
  auth: EndpointAuth;
  summary: string;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** A JSON body schema, or `'csv'` for a `text/csv` body. */
  body?: z.ZodMiniType | 'csv';
  /** The 2xx answer's schema, or null when it has no body. */
  response: z.ZodMiniType | null;
  status: 200 | 201 | 202 | 204;
  /** The problem codes this endpoint answers with besides `invalid_request` and `internal`. */
  errors: readonly string[];
  /** Answers `text/csv` too when the request says `Accept: text/csv`. */
  csv?: boolean;
}

const id = (name: string) => z.strictObject({ [name]: z.string().check(z.minLength(1), z.maxLength(200)) });
const flowParams = z.strictObject({ flowId: z.string().check(z.minLength(1), z.maxLength(200)) });
const challengeParams = z.strictObject({
  flowId: z.string().check(z.minLength(1), z.maxLength(200)),
  challengeId: z.string().check(z.minLength(1), z.maxLength(200)),
});

const eligibility = ['sspr_disabled', 'not_in_group', 'not_licensed', 'not_registered', 'writeback_disabled'] as const;
const flowErrors = ['not_found', 'flow_expired', 'conflict'] as const;

/** The whole HTTP contract of API.md: the client, the handlers and OpenAPI read this table. */
export const endpoints = {
  // Public
  getBranding: { method: 'GET', path: '/branding', auth: 'public', summary: 'The effective branding', response: effectiveBrandingSchema, status: 200, errors: [] },
  getPasswordRules: { method: 'GET', path: '/password-rules', auth: 'public', summary: 'The password rules shown as a checklist', response: passwordRulesSchema, status: 200, errors: [] },
  checkPassword: { method: 'POST', path: '/password-rules/check', auth: 'public', summary: 'Check a password (signed in, or with a reset flow)', body: passwordCheckRequestSchema, response: passwordCheckResultSchema, status: 200, errors: ['unauthenticated', 'not_found', 'flow_expired'] },
  getCaptcha: { method: 'GET', path: '/captcha', auth: 'public', summary: 'A CAPTCHA challenge, when enabled', response: captchaSchema, status: 200, errors: [] },

  // Reset
  startReset: { method: 'POST', path: '/reset', auth: 'public', summary: 'Start a reset flow', body: startResetRequestSchema, response: resetFlowSchema, status: 201, errors: ['captcha_failed', 'throttled', 'not_found', ...eligibility] },
  getReset: { method: 'GET', path: '/reset/{flowId}', auth: 'public', summary: 'A reset flow', params: flowParams, response: resetFlowSchema, status: 200, errors: ['not_found', 'flow_expired'] },
  createChallenge: { method: 'POST', path: '/reset/{flowId}/challenges', auth: 'public', summary: 'Send a code, ask questions or push to the app', params: flowParams, body: createChallengeRequestSchema, response: challengeSchema, status: 201, errors: [...flowErrors, 'phone_mismatch', 'throttled'] },
  getChallenge: { method: 'GET', path: '/reset/{flowId}/challenges/{challengeId}', auth: 'public', summary: 'A challenge (poll an app push)', params: challengeParams, response: challengeSchema, status: 200, errors: ['not_found', 'flow_expired'] },
  verifyChallenge: { method: 'POST', path: '/reset/{flowId}/challenges/{challengeId}/verify', auth: 'public', summary: 'Verify a code or answers', params: challengeParams, body: verifyChallengeRequestSchema, response: resetFlowSchema, status: 200, errors: [...flowErrors, 'invalid_code', 'code_expired', 'wrong_answers', 'throttled'] },
  resetPassword: { method: 'POST', path: '/reset/{flowId}/password', auth: 'public', summary: 'Set the new password', params: flowParams, body: resetPasswordRequestSchema, response: resetFlowSchema, status: 200, errors: [...flowErrors, 'password_policy', 'throttled'] },
  unlockAccount: { method: 'POST', path: '/reset/{flowId}/unlock', auth: 'public', summary: 'Unlock only (on-premises accounts)', params: flowParams, body: z.optional(emptyBodySchema), response: resetFlowSchema, status: 200, errors: flowErrors },
  contactAdmin: { method: 'POST', path: '/reset/{flowId}/contact-admin', auth: 'public', summary: 'Ask the administrators for help', params: flowParams, body: z.optional(emptyBodySchema), response: null, status: 202, errors: ['not_found', 'flow_expired'] },
  cancelReset: { method: 'DELETE', path: '/reset/{flowId}', auth: 'public', summary: 'Cancel a reset flow', params: flowParams, response: null, status: 204, errors: ['not_found', 'flow_expired', 'conflict'] },

  // Session
  signIn: { method: 'POST', path: '/session', auth: 'public', summary: 'Sign in (the mock stand-in for the organisation sign-in)', body: signInRequestSchema, response: sessionSchema, status: 201, errors: ['invalid_credentials'] },
  signOut: { method: 'DELETE', path: '/session', auth: 'user', summary: 'Sign out', response: null, status: 204, errors: ['unauthenticated'] },
  getMe: { method: 'GET', path: '/me', auth: 'user', summary: 'The signed-in person', response: meSchema, status: 200, errors: ['unauthenticated'] },

  // Security info
  getSecurityInfo: { method: 'GET', path: '/me/security-info', auth: 'user', summary: 'The person’s methods', response: securityInfoSchema, status: 200, errors: ['unauthenticated'] },
  startEmailVerification: { method: 'POST', path: '/me/security-info/email/verification', auth: 'user', summary: 'Send a code to an e-mail address', body: emailVerificationRequestSchema, response: verificationStartedSchema, status: 201, errors: ['unauthenticated', 'validation_failed', 'throttled'] },
  startPhoneVerification: { method: 'POST', path: '/me/security-info/mobilePhone/verification', auth: 'user', summary: 'Text or call a code to a phone', body: phoneVerificationRequestSchema, response: verificationStartedSchema, status: 201, errors: ['unauthenticated', 'validation_failed'] },
  startAppVerification: { method: 'POST', path: '/me/security-info/app/verification', auth: 'user', summary: 'A new authenticator secret', body: appVerificationRequestSchema, response: appVerificationStartedSchema, status: 201, errors: ['unauthenticated', 'validation_failed'] },
  completeEmail: { method: 'PUT', path: '/me/security-info/email', auth: 'user', summary: 'Register the verified e-mail', body: completeVerificationRequestSchema, response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'not_found', 'invalid_code', 'code_expired'] },
  completeMobilePhone: { method: 'PUT', path: '/me/security-info/mobilePhone', auth: 'user', summary: 'Register the verified phone', body: completeVerificationRequestSchema, response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'not_found', 'invalid_code', 'code_expired'] },
  completeApp: { method: 'PUT', path: '/me/security-info/app', auth: 'user', summary: 'Register the authenticator app', body: completeVerificationRequestSchema, response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'not_found', 'invalid_code', 'code_expired'] },
  registerQuestions: { method: 'PUT', path: '/me/security-info/questions', auth: 'user', summary: 'Register security questions', body: registerQuestionsRequestSchema, response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'validation_failed'] },
  deleteMethod: { method: 'DELETE', path: '/me/security-info/{kind}', auth: 'user', summary: 'Remove a method', params: z.strictObject({ kind: securityMethodKindSchema }), response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'validation_failed', 'not_found'] },
  confirmSecurityInfo: { method: 'POST', path: '/me/security-info/confirm', auth: 'user', summary: '“Looks good”: reconfirm everything', body: z.optional(emptyBodySchema), response: securityInfoSchema, status: 200, errors: ['unauthenticated', 'not_registered'] },
  dismissRegistrationPrompt: { method: 'POST', path: '/me/registration-prompt/dismiss', auth: 'user', summary: 'Cancel the registration interstitial', body: z.optional(emptyBodySchema), response: null, status: 204, errors: ['unauthenticated'] },
  changePassword: { method: 'POST', path: '/me/password', auth: 'user', summary: 'Change a known password', body: changePasswordRequestSchema, response: null, status: 204, errors: ['unauthenticated', 'password_policy', 'throttled', 'writeback_disabled'] },

  // Admin
  getPolicy: { method: 'GET', path: '/admin/policy', auth: 'admin', summary: 'The policy', response: policySchema, status: 200, errors: ['unauthenticated', 'forbidden'] },
  putPolicy: { method: 'PUT', path: '/admin/policy', auth: 'admin', summary: 'Replace the policy', body: policySchema, response: policySchema, status: 200, errors: ['unauthenticated', 'forbidden', 'validation_failed'] },
  getAdminBranding: { method: 'GET', path: '/admin/branding', auth: 'admin', summary: 'The saved branding', response: brandingSchema, status: 200, errors: ['unauthenticated', 'forbidden'] },
  putAdminBranding: { method: 'PUT', path: '/admin/branding', auth: 'admin', summary: 'Save the branding', body: brandingSchema, response: brandingSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'validation_failed'] },
  deleteAdminBranding: { method: 'DELETE', path: '/admin/branding', auth: 'admin', summary: 'Back to the default branding', response: null, status: 204, errors: ['unauthenticated', 'forbidden'] },
  listUsers: { method: 'GET', path: '/admin/users', auth: 'admin', summary: 'Search the directory', query: userListQuerySchema, response: pageSchema(userSchema), status: 200, errors: ['unauthenticated', 'forbidden'] },
  createUser: { method: 'POST', path: '/admin/users', auth: 'admin', summary: 'Create a user', body: createUserRequestSchema, response: userSchema, status: 201, errors: ['unauthenticated', 'forbidden', 'conflict', 'validation_failed', 'password_policy'] },
  getUser: { method: 'GET', path: '/admin/users/{id}', auth: 'admin', summary: 'A user', params: id('id'), response: userSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'not_found'] },
  patchUser: { method: 'PATCH', path: '/admin/users/{id}', auth: 'admin', summary: 'Edit a user', params: id('id'), body: patchUserRequestSchema, response: userSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'not_found', 'conflict', 'validation_failed'] },
  deleteUser: { method: 'DELETE', path: '/admin/users/{id}', auth: 'admin', summary: 'Delete a user', params: id('id'), response: null, status: 204, errors: ['unauthenticated', 'forbidden', 'not_found'] },
  unlockUser: { method: 'POST', path: '/admin/users/{id}/unlock', auth: 'admin', summary: 'Clear an on-premises lockout', params: id('id'), body: z.optional(emptyBodySchema), response: userSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'not_found'] },
  adminResetPassword: { method: 'POST', path: '/admin/users/{id}/reset-password', auth: 'admin', summary: 'Set a one-time temporary password', params: id('id'), body: z.optional(emptyBodySchema), response: temporaryPasswordSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'not_found'] },
  importAuthData: { method: 'POST', path: '/admin/auth-data/import', auth: 'admin', summary: 'Validate or apply a CSV of contact data', query: importModeQuerySchema, body: 'csv', response: importResultSchema, status: 200, errors: ['unauthenticated', 'forbidden', 'validation_failed', 'payload_too_large'] },
  listGroups: { method: 'GET', path: '/admin/groups', auth: 'admin', summary: 'The groups', response: groupListSchema, status: 200, errors: ['unauthenticated', 'forbidden'] },
  getReportSummary: { method: 'GET', path: '/admin/reports/summary', auth: 'admin', summary: 'Dashboard counts', query: summaryQuerySchema, response: reportSummarySchema, status: 200, errors: ['unauthenticated', 'forbidden'] },
  listRegistrations: { method: 'GET', path: '/admin/reports/registrations', auth: 'admin', summary: 'Registration activity', query: registrationsQuerySchema, response: registrationPageSchema, status: 200, errors: ['unauthenticated', 'forbidden'], csv: true },
  listResets: { method: 'GET', path: '/admin/reports/resets', auth: 'admin', summary: 'Reset activity', query: resetsQuerySchema, response: resetPageSchema, status: 200, errors: ['unauthenticated', 'forbidden'], csv: true },
  listAudit: { method: 'GET', path: '/admin/audit', auth: 'admin', summary: 'The audit log', query: auditQuerySchema, response: auditPageSchema, status: 200, errors: ['unauthenticated', 'forbidden'], csv: true },

  // Dev (mock backend only)
  getOutbox: { method: 'GET', path: '/dev/outbox', auth: 'dev', summary: 'What the mock sent', query: outboxQuerySchema, response: outboxSchema, status: 200, errors: [] },
  approvePush: { method: 'POST', path: '/dev/outbox/{id}/approve', auth: 'dev', summary: 'Approve an app push', params: id('id'), body: z.optional(emptyBodySchema), response: null, status: 204, errors: ['not_found', 'conflict'] },
  denyPush: { method: 'POST', path: '/dev/outbox/{id}/deny', auth: 'dev', summary: 'Deny an app push', params: id('id'), body: z.optional(emptyBodySchema), response: null, status: 204, errors: ['not_found', 'conflict'] },
  getCaptchaAnswer: { method: 'GET', path: '/dev/captcha/{challengeId}', auth: 'dev', summary: 'The answer of a CAPTCHA', params: id('challengeId'), response: captchaAnswerSchema, status: 200, errors: ['not_found'] },
  resetDemo: { method: 'POST', path: '/dev/reset', auth: 'dev', summary: 'State back to the seed', body: z.optional(emptyBodySchema), response: null, status: 204, errors: [] },
  getClock: { method: 'GET', path: '/dev/clock', auth: 'dev', summary: 'The mock clock', response: clockSchema, status: 200, errors: [] },
  advanceClock: { method: 'POST', path: '/dev/clock', auth: 'dev', summary: 'Move the clock forward', body: advanceClockRequestSchema, response: clockSchema, status: 200, errors: [] },
  getDevSettings: { method: 'GET', path: '/dev/settings', auth: 'dev', summary: 'Latency and fault injection', response: devSettingsSchema, status: 200, errors: [] },
  putDevSettings: { method: 'PUT', path: '/dev/settings', auth: 'dev', summary: 'Set latency and fault injection', body: devSettingsSchema, response: devSettingsSchema, status: 200, errors: [] },
  devSignIn: { method: 'POST', path: '/dev/session', auth: 'dev', summary: 'Sign in as any user', body: devSessionRequestSchema, response: sessionSchema, status: 201, errors: ['not_found'] },
  getDevNotices: { method: 'GET', path: '/dev/notices', auth: 'dev', summary: 'Notices for the demo, e.g. saved state that was unreadable and replaced by the seed', response: devNoticesSchema, status: 200, errors: [] },
} as const satisfies Record<string, EndpointDefinition>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

type InferOr<T, Fallback> = T extends z.ZodMiniType ? z.input<T> : Fallback;
type ParsedOr<T, Fallback> = T extends z.ZodMiniType ? z.output<T> : Fallback;

/** What a caller passes (before defaults are applied). */
export type EndpointInput<K extends EndpointName> = {
  params: InferOr<Endpoints[K] extends { params: infer P } ? P : undefined, undefined>;
  query: InferOr<Endpoints[K] extends { query: infer Q } ? Q : undefined, undefined>;
  body: Endpoints[K] extends { body: 'csv' }
    ? string
    : InferOr<Endpoints[K] extends { body: infer B } ? B : undefined, undefined>;
};

/** What a handler receives after parsing (defaults applied). */
export type EndpointParsedInput<K extends EndpointName> = {
  params: ParsedOr<Endpoints[K] extends { params: infer P } ? P : undefined, undefined>;
  query: ParsedOr<Endpoints[K] extends { query: infer Q } ? Q : undefined, undefined>;
  body: Endpoints[K] extends { body: 'csv' }
    ? string
    : ParsedOr<Endpoints[K] extends { body: infer B } ? B : undefined, undefined>;
};

export type EndpointOutput<K extends EndpointName> = Endpoints[K]['response'] extends z.ZodMiniType
  ? z.output<Endpoints[K]['response']>
  : undefined;

export const apiBasePath = '/api/v1';

/** `/reset/{flowId}` + `{flowId: 'f1'}` → `/reset/f1`. */
export function buildPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
