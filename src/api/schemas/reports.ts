import { z } from 'zod';
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
  totalUsers: z.number().int(),
  inScope: z.number().int(),
  registered: z.number().int(),
  ableToReset: z.number().int(),
  resets: z.object(
    Object.fromEntries(resetResults.map((result) => [result, z.number().int()])) as Record<
      ResetResult,
      z.ZodNumber
    >,
  ),
  registrationsByDay: z.array(z.object({ date: isoDateSchema, count: z.number().int() })),
  resetsByDay: z.array(
    z.object({ date: isoDateSchema, succeeded: z.number().int(), failed: z.number().int() }),
  ),
  methodUsage: z.array(z.object({ method: z.string(), registrations: z.number().int(), resets: z.number().int() })),
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

export const resetRowSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  userId: z.string(),
  userPrincipalName: z.string(),
  role: reportRoleSchema,
  methods: z.array(z.string()),
  result: resetResultSchema,
  reason: z.string().nullable(),
});
export type ResetRow = z.infer<typeof resetRowSchema>;
export const resetPageSchema = pageSchema(resetRowSchema);

export const auditRowSchema = z.object({
  id: z.string(),
  occurredAt: isoDateTimeSchema,
  activity: z.string(),
  actor: z.string(),
  target: z.string().nullable(),
  result: z.enum(['success', 'failure']),
  reason: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;
export const auditPageSchema = pageSchema(auditRowSchema);

const rangeAndPage = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};
/** A range whose `from` is after its `to` is a query out of range (400), not an empty report. */
const orderedRange = <T extends { from?: string; to?: string }>(query: T) =>
  query.from === undefined || query.to === undefined || query.from <= query.to;
const rangeOrder = { path: ['from'], message: 'from_after_to' };

export const summaryQuerySchema = z
  .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .refine(orderedRange, rangeOrder);
export const registrationsQuerySchema = z.strictObject(rangeAndPage).refine(orderedRange, rangeOrder);
export const resetsQuerySchema = z
  .strictObject({ ...rangeAndPage, result: resetResultSchema.optional() })
  .refine(orderedRange, rangeOrder);
export const auditQuerySchema = z
  .strictObject({ ...rangeAndPage, activity: z.string().max(100).optional() })
  .refine(orderedRange, rangeOrder);

export const importModeQuerySchema = z.strictObject({ mode: z.enum(['validate', 'apply']) });
export const importRowSchema = z.object({
  line: z.number().int(),
  userId: z.string(),
  ok: z.boolean(),
  violations: z.array(z.object({ code: z.string(), field: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional() })),
});
export const importResultSchema = z.object({ rows: z.array(importRowSchema), applied: z.number().int() });
export type ImportResult = z.infer<typeof importResultSchema>;
