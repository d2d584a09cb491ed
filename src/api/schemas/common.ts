import { z } from 'zod/mini';

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** `YYYY-MM-DD`, used by report ranges. */
export const isoDateSchema = z.iso.date();

/** What people type as their user ID (the userPrincipalName). */
export const userIdSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(256));

/**
 * The two languages the contract's own texts come in (the CAPTCHA's question) and the training
 * guides: Dutch, else English. The organisation's and a person's language are any of the portal's
 * (`preferredLanguageSchema` below).
 */
export const languageSchema = z.enum(['en', 'nl']);
export type Language = z.infer<typeof languageSchema>;

/**
 * The portal's languages as BCP 47 tags (src/i18n/languages.ts without the demo pseudo-locale;
 * a test there keeps the two lists together). A user's `preferredLanguage` is one of them.
 */
export const preferredLanguages = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt-BR', 'pl', 'sv', 'ja', 'zh-Hans', 'ar'] as const;
export const preferredLanguageSchema = z.enum(preferredLanguages);
export type PreferredLanguage = z.infer<typeof preferredLanguageSchema>;

export function isPreferredLanguage(value: unknown): value is PreferredLanguage {
  return typeof value === 'string' && (preferredLanguages as readonly string[]).includes(value);
}

/**
 * The languages the backend's messages (codes, notices, the rollout announcement) are worded in:
 * every portal language. A person without a preferred language gets the organisation's default
 * language, then English.
 */
export const messageLanguages = preferredLanguages;
export type MessageLanguage = PreferredLanguage;
export const isMessageLanguage = isPreferredLanguage;

/** The portal's language, sent when a person registers or resets: it becomes their `preferredLanguage`. */
export const preferredLanguageField = z.optional(preferredLanguageSchema);

/** Cursor pagination shared by every admin list. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.number().check(z.int(), z.nonnegative()),
  });
}

export const pageQuerySchema = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
});

export const dateRangeQuerySchema = z.strictObject({
  from: z.optional(isoDateSchema),
  to: z.optional(isoDateSchema),
});

export const emptyBodySchema = z.strictObject({});
