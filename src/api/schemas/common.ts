import { z } from 'zod/mini';

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** `YYYY-MM-DD`, used by report ranges. */
export const isoDateSchema = z.iso.date();

/** What people type as their user ID (the userPrincipalName). */
export const userIdSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(256));

export const languageSchema = z.enum(['en', 'nl']);
export type Language = z.infer<typeof languageSchema>;

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
