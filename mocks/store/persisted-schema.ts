import { z } from 'zod/mini';
import {
  auditRowSchema,
  brandingSchema,
  devSettingsSchema,
  outboxMessageSchema,
  messageLanguages,
  policySchema,
  preferredLanguageSchema,
  registrationRowSchema,
  resetMethodKindSchema,
  resetRowSchema,
  userSchema as contractUserSchema,
} from '@/api';
import type { PersistedState } from './persistence';

/**
 * The whole persisted blob, field by field, built on the contract's own schemas (policy, branding,
 * contact data, report rows, outbox, dev settings): a saved file is read completely or not at all
 * (issue 11, defect 7). Records are parsed into fresh objects of their known fields only.
 */
const time = z.number();
const nullableTime = z.nullable(time);
const times = z.array(time);

const groupSchema = z.object({ id: z.string(), name: z.string(), memberGroupIds: z.array(z.string()) });

/** The contract's directory fields, with the secrets and times the mock keeps. */
const userSchema = z.extend(z.omit(contractUserSchema, { registeredMethods: true, lastConfirmedAt: true, preferredLanguage: true }), {
  // Files saved before the field existed read as "unknown".
  preferredLanguage: z._default(z.nullable(preferredLanguageSchema), null),
  app: z.nullable(z.object({ secret: z.string(), registeredAt: time })),
  questions: z.array(z.object({ questionId: z.string(), answerHash: z.string() })),
  lastConfirmedAt: nullableTime,
  passwordHash: z.nullable(z.string()),
  passwordHistory: z.array(z.string()),
  passwordChangedAt: nullableTime,
  changePasswordFailures: z.object({ count: z.number(), lockouts: z.number(), lockedUntil: nullableTime }),
  promptDismissedAt: nullableTime,
});

const sessionSchema = z.object({ token: z.string(), userId: z.string(), createdAt: time, expiresAt: time });

const challengeSchema = z.object({
  challengeId: z.string(),
  methodId: z.string(),
  kind: resetMethodKindSchema,
  createdAt: time,
  expiresAt: time,
  codeHash: z.nullable(z.string()),
  codeLength: z.nullable(z.number()),
  questionIds: z.array(z.string()),
  status: z.enum(['pending', 'approved', 'denied', 'expired', 'used', 'voided']),
  outboxId: z.nullable(z.string()),
});

const flowSchema = z.object({
  flowId: z.string(),
  userId: z.nullable(z.string()),
  typedUserId: z.string(),
  decoy: z.boolean(),
  decoyReason: z.nullable(z.string()),
  createdAt: time,
  expiresAt: time,
  step: z.enum(['verify', 'password', 'done']),
  gatesRequired: z.number(),
  passedGroups: z.array(z.string()),
  methods: z.array(
    z.object({ methodId: z.string(), kind: resetMethodKindSchema, masked: z.string(), needsFullPhone: z.boolean(), group: z.string() }),
  ),
  challenges: z.array(challengeSchema),
  unlockAvailable: z.boolean(),
  outcome: z.nullable(z.enum(['reset', 'unlocked'])),
  status: z.enum(['active', 'done', 'cancelled']),
  abandonedAt: z.optional(time),
  adminContactedAt: z.optional(time),
});

const verificationSchema = z.object({
  verificationId: z.string(),
  userId: z.string(),
  kind: z.enum(['email', 'mobilePhone', 'app']),
  value: z.string(),
  codeHash: z.nullable(z.string()),
  secret: z.nullable(z.string()),
  createdAt: time,
  expiresAt: time,
  used: z.boolean(),
  failedAttempts: z.optional(z.number()),
});

const captchaSchema = z.object({ challengeId: z.string(), answer: z.string(), alternativeAnswer: z.string(), expiresAt: time, used: z.boolean() });

const throttleSchema = z.object({
  failedVerifications: times,
  emailsSent: times,
  completedResets: times,
  blockedUntil: nullableTime,
  blockReason: z.nullable(z.enum(['failed_verifications', 'too_many_emails', 'too_many_resets'])),
  failedSignIns: times,
  signInBlockedUntil: nullableTime,
});

const clientThrottleSchema = z.object({ failedSignIns: times, signInBlockedUntil: nullableTime, resetStarts: times });

const appendedRows = <T extends z.ZodMiniType>(row: T) => z.object({ afterId: z.nullable(z.string()), rows: z.array(row) });

const rolloutSchema = z.object({
  lastSentTo: z.array(z.tuple([z.string(), time])),
  sends: z.array(z.object({ kind: z.enum(['announcement', 'reminder']), at: time, recipients: z.number() })),
  reminder: z.nullable(
    z.object({
      afterDays: z.number(),
      dueAt: time,
      subject: z.string(),
      body: z.string(),
      translations: z.optional(z.partialRecord(z.enum(messageLanguages), z.object({ subject: z.string(), body: z.string() }))),
    }),
  ),
});

export const persistedStateSchema = z.object({
  version: z.number(),
  seedInfo: z.object({ seed: z.number(), now: time, generatedUsers: z.number(), days: z.number() }),
  organization: z.object({ name: z.string() }),
  policy: policySchema,
  branding: z.nullable(brandingSchema),
  groups: z.array(groupSchema),
  users: z.object({ changed: z.array(userSchema), deleted: z.array(z.string()) }),
  sessions: z.array(sessionSchema),
  flows: z.array(flowSchema),
  verifications: z.array(verificationSchema),
  captchas: z.array(captchaSchema),
  throttles: z.array(z.tuple([z.string(), throttleSchema])),
  clients: z.array(z.tuple([z.string(), clientThrottleSchema])),
  outbox: z.array(outboxMessageSchema),
  registrations: appendedRows(registrationRowSchema),
  resets: appendedRows(resetRowSchema),
  audit: appendedRows(auditRowSchema),
  clockOffsetMs: z.number().check(z.nonnegative()),
  devSettings: devSettingsSchema,
  rollout: z.optional(rolloutSchema),
});

/** The blob when every field has its shape; null otherwise. */
export function checkPersisted(value: unknown): PersistedState | null {
  const result = persistedStateSchema.safeParse(value);
  return result.success ? result.data : null;
}
