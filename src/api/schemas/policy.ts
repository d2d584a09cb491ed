import { z } from 'zod/mini';

export const policyMethods = [
  'email',
  'mobilePhone',
  'officePhone',
  'appCode',
  'appNotification',
  'securityQuestions',
] as const;
export const policyMethodSchema = z.enum(policyMethods);
export type PolicyMethod = z.infer<typeof policyMethodSchema>;

/** The fixed limits of PRODUCT.md, shared by the engine, the admin form and the tests. */
export const policyLimits = {
  questionsMin: 3,
  questionsMax: 5,
  customQuestionsMax: 20,
  customQuestionLength: { min: 3, max: 200 },
  reconfirmDays: { min: 0, max: 730 },
  bannedTermsMax: 1000,
  bannedTermLength: { min: 4, max: 16 },
} as const;

/**
 * The shape of the policy. Types and enums are checked here (400 when wrong); ranges and
 * combinations are the engine's (422 `validation_failed`, one violation per field).
 */
export const policySchema = z.strictObject({
  enablement: z.enum(['none', 'selected', 'all']),
  groupId: z.nullable(z.string().check(z.maxLength(200))),
  methodsRequired: z.number().check(z.int()),
  methodsAllowed: z.array(policyMethodSchema).check(z.maxLength(policyMethods.length)),
  questions: z.strictObject({
    registerCount: z.number().check(z.int()),
    resetCount: z.number().check(z.int()),
    custom: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(100)),
  }),
  requireRegistrationOnSignIn: z.boolean(),
  reconfirmDays: z.number().check(z.int()),
  notifyUserOnReset: z.boolean(),
  notifyAdminsOnAdminReset: z.boolean(),
  helpdesk: z.strictObject({
    mode: z.enum(['default', 'custom']),
    contact: z.nullable(z.string().check(z.maxLength(500))),
  }),
  onPremises: z.strictObject({ writeback: z.boolean(), allowUnlock: z.boolean() }),
  bannedPasswords: z.strictObject({
    enforceCustom: z.boolean(),
    custom: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(5000)),
  }),
  captcha: z.boolean(),
  enumerationProtection: z.boolean(),
});
export type Policy = z.infer<typeof policySchema>;
