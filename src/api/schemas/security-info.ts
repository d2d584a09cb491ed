import { z } from 'zod/mini';
import { eligibilityReasonSchema } from '../problem';
import { isoDateTimeSchema, preferredLanguageField } from './common';
import { questionAnswerSchema } from './reset';

/** Security-info method kinds (registration side). */
export const securityMethodKinds = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'] as const;
export const securityMethodKindSchema = z.enum(securityMethodKinds);
export type SecurityMethodKind = z.infer<typeof securityMethodKindSchema>;

export const securityQuestionSchema = z.object({ questionId: z.string(), text: z.string() });
export type SecurityQuestion = z.infer<typeof securityQuestionSchema>;

export const securityMethodSchema = z.object({
  kind: securityMethodKindSchema,
  registered: z.boolean(),
  masked: z.nullable(z.string()),
  editable: z.boolean(),
  /** Allowed by the policy that applies to this person (their own, or the admin policy). */
  allowed: z.boolean(),
  /**
   * The person's own pre-populated value (set by an admin or CSV) that registration shows
   * pre-filled; null when there is none or the method is registered.
   */
  prefill: z.nullable(z.string()),
});
export type SecurityMethod = z.infer<typeof securityMethodSchema>;

export const securityInfoSchema = z.object({
  methods: z.array(securityMethodSchema),
  methodsRequired: z.number().check(z.int()),
  registered: z.boolean(),
  lastConfirmedAt: z.nullable(isoDateTimeSchema),
  reconfirmDueAt: z.nullable(isoDateTimeSchema),
  /**
   * Why this person can't reset their password now, by PRODUCT.md's eligibility rules; null when
   * they can. Only signed-in answers carry it: with the password proven there is nothing to
   * enumerate, so the page tells the truth instead of "you are set up" (optional: added field).
   */
  resetUnavailableReason: z.optional(z.nullable(eligibilityReasonSchema)),
  questions: z.object({
    registerCount: z.number().check(z.int()),
    predefined: z.array(securityQuestionSchema),
    custom: z.array(securityQuestionSchema),
    /** The question IDs this person has answers for (never the answers). */
    registeredQuestionIds: z.array(z.string()),
  }),
});
export type SecurityInfo = z.infer<typeof securityInfoSchema>;

export const emailVerificationRequestSchema = z.strictObject({
  value: z.string().check(z.trim(), z.maxLength(320)),
});
export const phoneVerificationRequestSchema = z.strictObject({
  value: z.string().check(z.trim(), z.maxLength(64)),
  channel: z.enum(['sms', 'voice']),
});
export const appVerificationRequestSchema = z.strictObject({});

export const verificationStartedSchema = z.object({
  verificationId: z.string(),
  expiresAt: isoDateTimeSchema,
  codeLength: z.number().check(z.int()),
});
export type VerificationStarted = z.infer<typeof verificationStartedSchema>;

export const appVerificationStartedSchema = z.object({
  verificationId: z.string(),
  expiresAt: isoDateTimeSchema,
  secret: z.string(),
  otpauthUri: z.string(),
});
export type AppVerificationStarted = z.infer<typeof appVerificationStartedSchema>;

export const completeVerificationRequestSchema = z.strictObject({
  verificationId: z.string().check(z.minLength(1), z.maxLength(200)),
  code: z.string().check(z.maxLength(20)),
  preferredLanguage: preferredLanguageField,
});
export type CompleteVerificationRequest = z.infer<typeof completeVerificationRequestSchema>;

export const registerQuestionsRequestSchema = z.strictObject({
  answers: z.array(questionAnswerSchema).check(z.maxLength(5)),
  preferredLanguage: preferredLanguageField,
});
export type RegisterQuestionsRequest = z.infer<typeof registerQuestionsRequestSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().check(z.maxLength(4096)),
  newPassword: z.string().check(z.maxLength(4096)),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** The path segment of `PUT /me/security-info/{kind}` for code-verified methods. */
export const verifiedMethodKindSchema = z.enum(['email', 'mobilePhone', 'app']);
export type VerifiedMethodKind = z.infer<typeof verifiedMethodKindSchema>;
