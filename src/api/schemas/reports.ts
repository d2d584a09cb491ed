import { z } from 'zod/mini';
import { isoDateSchema, isoDateTimeSchema, pageSchema } from './common';

export const resetResults = [
  'succeeded',
  'failed',
  'blocked',
  'abandoned',
  'cancelled',
  'contactedAdmin',
] as const;
export const resetResultSchema = z.enum(resetResults);
export type ResetResult = z.infer<typeof resetResultSchema>;

export const reportRoleSchema = z.enum(['user', 'admin']);

export const reportSummarySchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  totalUsers: z.number().check(z.int()),
  inScope: z.number().check(z.int()),
  registered: z.number().check(z.int()),
  ableToReset: z.number().check(z.int()),
  resets: z.object(
    Object.fromEntries(resetResults.map((result) => [result, z.number().check(z.int())])) as Record<
      ResetResult,
      z.ZodMiniNumber
    >,
  ),
  registrationsByDay: z.array(z.object({ date: isoDateSchema, count: z.number().check(z.int()) })),
  resetsByDay: z.array(
    z.object({
      date: isoDateSchema,
      succeeded: z.number().check(z.int()),
      failed: z.number().check(z.int()),
    }),
  ),
  methodUsage: z.array(
    z.object({
      method: z.string(),
      registrations: z.number().check(z.int()),
      resets: z.number().check(z.int()),
    }),
  ),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const registrationRowSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  userId: z.string(),
  userPrincipalName: z.string(),
  role: reportRoleSchema,
  methods: z.array(z.string()),
});
export type RegistrationRow = z.infer<typeof registrationRowSchema>;
export const registrationPageSchema = pageSchema(registrationRowSchema);

/** A registration row's fields, with what came of the reset. */
export const resetRowSchema = z.extend(registrationRowSchema, {
  result: resetResultSchema,
  reason: z.nullable(z.string()),
});
export type ResetRow = z.infer<typeof resetRowSchema>;
export const resetPageSchema = pageSchema(resetRowSchema);

/**
 * What the audit log records. Rows carry the code (`activity` stays a string on the wire, so a
 * server may add codes); the console words the known ones and filters by them.
 */
export const auditActivities = [
  'resetPassword',
  'unlockAccount',
  'contactAdmin',
  'changePassword',
  'registerEmail',
  'registerMobilePhone',
  'registerApp',
  'registerSecurityQuestions',
  'registerSecurityInfo',
  'confirmSecurityInfo',
  'deleteSecurityInfo',
  'dismissRegistrationPrompt',
  'createUser',
  'updateUser',
  'deleteUser',
  'unlockUser',
  'adminResetPassword',
  'importAuthData',
  'updatePolicy',
  'updateBranding',
  'resetBranding',
  /** A signed-in person was refused (403 `forbidden`): no admin role, or a role without that scope. */
  'accessDenied',
  /** The rollout announcement (one row per batch) and the scheduled reminder. */
  'sendAnnouncement',
  'scheduleReminder',
  'sendReminder',
] as const;
export type AuditActivity = (typeof auditActivities)[number];

export const auditRowSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  activity: z.string(),
  actor: z.string(),
  target: z.nullable(z.string()),
  result: z.enum(['success', 'failure']),
  reason: z.nullable(z.string()),
});
export type AuditRow = z.infer<typeof auditRowSchema>;
export const auditPageSchema = pageSchema(auditRowSchema);

const rangeAndPage = {
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
};
/** A range whose `from` is after its `to` is a query out of range (400), not an empty report. */
const orderedRange = <T extends { from?: string; to?: string }>(query: T) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const rangeOrder = { path: ['from'], message: 'from_after_to' };

export const summaryQuerySchema = z
  .strictObject({ from: z.optional(isoDateSchema), to: z.optional(isoDateSchema) })
  .check(z.refine(orderedRange, rangeOrder));
export const registrationsQuerySchema = z
  .strictObject(rangeAndPage)
  .check(z.refine(orderedRange, rangeOrder));
export const resetsQuerySchema = z
  .strictObject({ ...rangeAndPage, result: z.optional(resetResultSchema) })
  .check(z.refine(orderedRange, rangeOrder));
export const auditQuerySchema = z
  .strictObject({ ...rangeAndPage, activity: z.optional(z.string().check(z.maxLength(100))) })
  .check(z.refine(orderedRange, rangeOrder));

export const importModeQuerySchema = z.strictObject({ mode: z.enum(['validate', 'apply']) });
export const importRowSchema = z.object({
  line: z.number().check(z.int()),
  userId: z.string(),
  ok: z.boolean(),
  violations: z.array(
    z.object({
      code: z.string(),
      field: z.optional(z.string()),
      params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
    }),
  ),
});
/** The CSV import's columns, in order (docs/api.md); `preferredLanguage` is additive and optional like the rest. */
export const importColumns = [
  'userPrincipalName',
  'authenticationEmail',
  'alternateEmail',
  'authenticationPhone',
  'mobilePhone',
  'officePhone',
  'preferredLanguage',
] as const;

export const importResultSchema = z.object({
  rows: z.array(importRowSchema),
  applied: z.number().check(z.int()),
});
export type ImportResult = z.infer<typeof importResultSchema>;
