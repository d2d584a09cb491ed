import { z } from 'zod/mini';
import { isoDateTimeSchema, preferredLanguageField, userIdSchema } from './common';

export const resetMethodKinds = [
  'email',
  'mobileText',
  'mobileCall',
  'officeCall',
  'appCode',
  'appNotification',
  'questions',
] as const;
export const resetMethodKindSchema = z.enum(resetMethodKinds);
export type ResetMethodKind = z.infer<typeof resetMethodKindSchema>;

export const startResetRequestSchema = z.strictObject({
  userId: userIdSchema,
  captcha: z.optional(
    z.strictObject({
      challengeId: z.string().check(z.minLength(1), z.maxLength(200)),
      answer: z.string().check(z.maxLength(100)),
    }),
  ),
});
export type StartResetRequest = z.infer<typeof startResetRequestSchema>;

export const resetFlowMethodSchema = z.object({
  methodId: z.string(),
  kind: resetMethodKindSchema,
  masked: z.string(),
  needsFullPhone: z.boolean(),
  used: z.boolean(),
});
export type ResetFlowMethod = z.infer<typeof resetFlowMethodSchema>;

export const resetFlowSchema = z.object({
  flowId: z.string(),
  expiresAt: isoDateTimeSchema,
  step: z.enum(['verify', 'password', 'done']),
  gatesRequired: z.number().check(z.int()),
  gatesPassed: z.number().check(z.int()),
  methods: z.array(resetFlowMethodSchema),
  unlockAvailable: z.boolean(),
  /** How the flow ended, once `step` is `done`. */
  outcome: z.nullable(z.enum(['reset', 'unlocked'])),
});
export type ResetFlow = z.infer<typeof resetFlowSchema>;

export const createChallengeRequestSchema = z.strictObject({
  methodId: z.string().check(z.minLength(1), z.maxLength(200)),
  phoneNumber: z.optional(z.string().check(z.maxLength(64))),
});
export type CreateChallengeRequest = z.infer<typeof createChallengeRequestSchema>;

export const challengeSchema = z.object({
  challengeId: z.string(),
  methodId: z.string(),
  kind: resetMethodKindSchema,
  expiresAt: isoDateTimeSchema,
  codeLength: z.optional(z.number().check(z.int())),
  questions: z.optional(z.array(z.object({ questionId: z.string(), text: z.string() }))),
  status: z.enum(['pending', 'approved', 'denied', 'expired']),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const questionAnswerSchema = z.strictObject({
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  answer: z.string().check(z.maxLength(200)),
});
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

export const verifyChallengeRequestSchema = z.union([
  z.strictObject({ code: z.string().check(z.maxLength(20)) }),
  z.strictObject({ answers: z.array(questionAnswerSchema).check(z.minLength(1), z.maxLength(5)) }),
]);
export type VerifyChallengeRequest = z.infer<typeof verifyChallengeRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({
  newPassword: z.string().check(z.maxLength(4096)),
  preferredLanguage: preferredLanguageField,
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
