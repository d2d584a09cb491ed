import { z } from 'zod/mini';
import { isoDateTimeSchema, userIdSchema } from './common';
import { adminRoleSchema, userSourceSchema } from './accounts';

export const meSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  roles: z.array(adminRoleSchema),
  source: userSourceSchema,
  isAdmin: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const registrationPromptSchema = z.nullable(
  z.object({ reason: z.enum(['not_registered', 'reconfirm']) }),
);
export type RegistrationPrompt = z.infer<typeof registrationPromptSchema>;

export const signInRequestSchema = z.strictObject({
  userId: userIdSchema,
  password: z.string().check(z.minLength(1), z.maxLength(4096)),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTimeSchema,
  user: meSchema,
  registrationPrompt: registrationPromptSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const devSessionRequestSchema = z.strictObject({ userId: userIdSchema });
export type DevSessionRequest = z.infer<typeof devSessionRequestSchema>;
