import { z } from 'zod';
import { isoDateTimeSchema, userIdSchema } from './common';

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
  captcha: z
    .strictObject({ challengeId: z.string().min(1).max(200), answer: z.string().max(100) })
    .optional(),
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
  gatesRequired: z.number().int(),
  gatesPassed: z.number().int(),
  methods: z.array(resetFlowMethodSchema),
  unlockAvailable: z.boolean(),
  /** How the flow ended, once `step` is `done`. */
  outcome: z.enum(['reset', 'unlocked']).nullable(),
});
export type ResetFlow = z.infer<typeof resetFlowSchema>;

export const createChallengeRequestSchema = z.strictObject({
  methodId: z.string().min(1).max(200),
  phoneNumber: z.string().max(64).optional(),
});
export type CreateChallengeRequest = z.infer<typeof createChallengeRequestSchema>;

export const challengeSchema = z.object({
  challengeId: z.string(),
  methodId: z.string(),
  kind: resetMethodKindSchema,
  expiresAt: isoDateTimeSchema,
  codeLength: z.number().int().optional(),
  questions: z.array(z.object({ questionId: z.string(), text: z.string() })).optional(),
  status: z.enum(['pending', 'approved', 'denied', 'expired']),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const questionAnswerSchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  answer: z.string().max(200),
});
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

export const verifyChallengeRequestSchema = z.union([
  z.strictObject({ code: z.string().max(20) }),
  z.strictObject({ answers: z.array(questionAnswerSchema).min(1).max(5) }),
]);
export type VerifyChallengeRequest = z.infer<typeof verifyChallengeRequestSchema>;

export const resetPasswordRequestSchema = z.strictObject({
  newPassword: z.string().max(4096),
});
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
