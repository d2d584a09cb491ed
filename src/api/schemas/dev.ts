import { z } from 'zod/mini';
import { isoDateTimeSchema } from './common';

export const outboxChannelSchema = z.enum(['email', 'sms', 'voice', 'push']);

export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: outboxChannelSchema,
  /** An e-mail address or an E.164 phone number without spaces. */
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  code: z.optional(z.string()),
  sentAt: isoDateTimeSchema,
  /** App pushes only: what the person answered. */
  pushStatus: z.optional(z.enum(['pending', 'approved', 'denied'])),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxQuerySchema = z.strictObject({
  to: z.optional(z.string().check(z.maxLength(320))),
  since: z.optional(isoDateTimeSchema),
});
export const outboxSchema = z.object({ items: z.array(outboxMessageSchema) });

export const captchaAnswerSchema = z.object({ answer: z.string() });

export const clockSchema = z.object({ now: isoDateTimeSchema });
export const advanceClockRequestSchema = z.strictObject({
  advanceSeconds: z.number().check(z.int(), z.gte(0), z.lte(366 * 24 * 3600)),
});

export const devSettingsSchema = z.strictObject({
  latencyMs: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  failureRate: z.number().check(z.gte(0), z.lte(1)),
});
export type DevSettings = z.infer<typeof devSettingsSchema>;

/** GET /dev/notices: things the demo wants the person to know, e.g. that unreadable saved state was replaced by the seed. */
export const devNoticesSchema = z.object({ items: z.array(z.string()) });
export type DevNotices = z.infer<typeof devNoticesSchema>;

/** GET /dev/personas: the seeded personas that can sign in, for the persona switcher. */
export const devPersonasSchema = z.object({
  items: z.array(z.object({ userId: z.string(), displayName: z.string(), role: z.string(), demonstrates: z.string() })),
});
export type DevPersonas = z.infer<typeof devPersonasSchema>;
