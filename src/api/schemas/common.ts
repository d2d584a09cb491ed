import { z } from 'zod';

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** `YYYY-MM-DD`, used by report ranges. */
export const isoDateSchema = z.iso.date();

/** What people type as their user ID (the userPrincipalName). */
export const userIdSchema = z.string().trim().min(1).max(256);

export const languageSchema = z.enum(['en', 'nl']);
export type Language = z.infer<typeof languageSchema>;

/** Cursor pagination shared by every admin list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().nonnegative(),
  });
}

export const pageQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const dateRangeQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

export const emptyBodySchema = z.strictObject({});
