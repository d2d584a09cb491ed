import { z } from 'zod/mini';
import { isoDateSchema, isoDateTimeSchema, messageLanguages } from './common';

const enablementSchema = z.enum(['none', 'selected', 'all']);

/** Where one rollout step stands, computed from live data (never ticked by hand). */
export const rolloutStepStateSchema = z.enum(['done', 'inProgress', 'notStarted']);
export type RolloutStepState = z.infer<typeof rolloutStepStateSchema>;

const count = z.number().check(z.int(), z.nonnegative());
/** A whole percentage, rounded down, so 79.6 % never reads as the 80 % a threshold asks for. */
const percent = z.number().check(z.int(), z.gte(0), z.lte(100));

export const rolloutReminderSchema = z.object({ afterDays: z.number().check(z.int(), z.gte(1), z.lte(30)), dueAt: isoDateTimeSchema });
export type RolloutReminder = z.infer<typeof rolloutReminderSchema>;

/** `GET /admin/rollout`: the six steps of a rollout, each with its state and the figures behind it. */
export const rolloutStatusSchema = z.object({
  steps: z.object({
    enable: z.object({ state: rolloutStepStateSchema, enablement: enablementSchema, inScope: count }),
    licences: z.object({ state: rolloutStepStateSchema, inScope: count, unlicensed: count }),
    scope: z.object({
      state: rolloutStepStateSchema,
      enablement: enablementSchema,
      groupId: z.nullable(z.string()),
      groupName: z.nullable(z.string()),
      groupSize: count,
      organizationSize: count,
    }),
    announce: z.object({
      state: rolloutStepStateSchema,
      enforcedRegistration: z.boolean(),
      importedContactData: count,
      announcedAt: z.nullable(isoDateTimeSchema),
      announcedTo: count,
      remindedAt: z.nullable(isoDateTimeSchema),
      reminder: z.nullable(rolloutReminderSchema),
    }),
    registration: z.object({
      state: rolloutStepStateSchema,
      inScope: count,
      registered: count,
      percent,
      trend: z.array(z.object({ date: isoDateSchema, percent })),
    }),
    resets: z.object({
      state: rolloutStepStateSchema,
      total: count,
      succeeded: count,
      successPercent: percent,
      topFailureReasons: z.array(z.object({ reason: z.string(), count })),
    }),
  }),
  /** In-scope people not registered who have not had the announcement in the last 24 hours. */
  pendingRecipients: count,
});
export type RolloutStatus = z.infer<typeof rolloutStatusSchema>;
export type RolloutSteps = RolloutStatus['steps'];

const message = {
  subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
};

/**
 * The same message in other languages (additive, optional): a person whose `preferredLanguage` has
 * one gets it; everyone else gets `subject` and `body`.
 */
const translations = z.optional(z.partialRecord(z.enum(messageLanguages), z.strictObject(message)));
export type MessageTranslations = NonNullable<z.infer<typeof translations>>;

/** One batch of the announcement: the client repeats it until `remaining` is 0, showing progress. */
export const sendAnnouncementRequestSchema = z.strictObject({
  ...message,
  translations,
  limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(200)), 50),
});
export const sendAnnouncementResultSchema = z.object({
  sent: count,
  /** Not registered, but already sent the announcement or a reminder in the last 24 hours. */
  skipped: count,
  /** Still to send after this batch. */
  remaining: count,
});
export type SendAnnouncementResult = z.infer<typeof sendAnnouncementResultSchema>;

export const putRolloutReminderRequestSchema = z.strictObject({
  ...message,
  translations,
  afterDays: z.number().check(z.int(), z.gte(1), z.lte(30)),
});
