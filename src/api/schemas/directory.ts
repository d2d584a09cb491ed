import { z } from 'zod/mini';
import { adminRoles, adminRoleSchema, licenses, licenseSchema, userSourceSchema } from './accounts';
import { isoDateTimeSchema, preferredLanguageSchema } from './common';
import { securityMethodKindSchema } from './security-info';

export * from './accounts';

export { securityMethodKinds, securityMethodKindSchema, type SecurityMethodKind } from './security-info';

/** Stored as given: data that isn't well-formed simply doesn't count. */
export const contactSchema = z.object({
  authenticationEmail: z.nullable(z.string().check(z.maxLength(320))),
  alternateEmail: z.nullable(z.string().check(z.maxLength(320))),
  authenticationPhone: z.nullable(z.string().check(z.maxLength(64))),
  mobilePhone: z.nullable(z.string().check(z.maxLength(64))),
  officePhone: z.nullable(z.string().check(z.maxLength(64))),
});
export type Contact = z.infer<typeof contactSchema>;

export const userSchema = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  givenName: z.string(),
  surname: z.string(),
  source: userSourceSchema,
  licenses: z.array(licenseSchema),
  groupIds: z.array(z.string()),
  roles: z.array(adminRoleSchema),
  accountEnabled: z.boolean(),
  lockedOut: z.boolean(),
  contact: contactSchema,
  registeredMethods: z.array(securityMethodKindSchema),
  lastConfirmedAt: z.nullable(isoDateTimeSchema),
  /** BCP 47, one of the portal's languages: the messages the person gets are worded in it; null when unknown. */
  preferredLanguage: z.optional(z.nullable(preferredLanguageSchema)),
});
export type User = z.infer<typeof userSchema>;

const nameSchema = z.string().check(z.trim(), z.maxLength(128));

/** Contact data an admin sets: each field left out stays as it is. */
const contactChangeSchema = z.strictObject({
  authenticationEmail: z.optional(z.nullable(z.string().check(z.maxLength(320)))),
  alternateEmail: z.optional(z.nullable(z.string().check(z.maxLength(320)))),
  authenticationPhone: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  mobilePhone: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  officePhone: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
});

export const createUserRequestSchema = z.strictObject({
  userPrincipalName: z.string().check(z.trim(), z.minLength(3), z.maxLength(256)),
  displayName: nameSchema.check(z.minLength(1)),
  givenName: z._default(nameSchema, ''),
  surname: z._default(nameSchema, ''),
  source: z._default(userSourceSchema, 'cloud'),
  licenses: z._default(z.array(licenseSchema).check(z.maxLength(licenses.length)), []),
  groupIds: z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)), []),
  roles: z._default(z.array(adminRoleSchema).check(z.maxLength(adminRoles.length)), []),
  accountEnabled: z._default(z.boolean(), true),
  lockedOut: z._default(z.boolean(), false),
  contact: z._default(contactChangeSchema, {}),
  preferredLanguage: z.optional(z.nullable(preferredLanguageSchema)),
  password: z.optional(z.string().check(z.maxLength(4096))),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const patchUserRequestSchema = z.strictObject({
  userPrincipalName: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(256))),
  displayName: z.optional(nameSchema.check(z.minLength(1))),
  givenName: z.optional(nameSchema),
  surname: z.optional(nameSchema),
  source: z.optional(userSourceSchema),
  licenses: z.optional(z.array(licenseSchema).check(z.maxLength(licenses.length))),
  groupIds: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
  roles: z.optional(z.array(adminRoleSchema).check(z.maxLength(adminRoles.length))),
  accountEnabled: z.optional(z.boolean()),
  lockedOut: z.optional(z.boolean()),
  contact: z.optional(contactChangeSchema),
  preferredLanguage: z.optional(z.nullable(preferredLanguageSchema)),
});
export type PatchUserRequest = z.infer<typeof patchUserRequestSchema>;

/** `unlicensedInScope`: in the policy's scope without a licence that allows reset (the rollout's step 2). */
export const userFilterSchema = z.enum(['registered', 'notRegistered', 'lockedOut', 'unlicensedInScope']);
export type UserFilter = z.infer<typeof userFilterSchema>;

export const userListQuerySchema = z.strictObject({
  query: z.optional(z.string().check(z.maxLength(256))),
  filter: z.optional(userFilterSchema),
  license: z.optional(licenseSchema),
  source: z.optional(userSourceSchema),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number().check(z.int()),
});
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = z.object({ items: z.array(groupSchema) });

export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });
