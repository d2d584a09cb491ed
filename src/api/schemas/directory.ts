import { z } from 'zod';
import { isoDateTimeSchema } from './common';

export const userSources = ['cloud', 'hashSync', 'passThrough', 'federated'] as const;
export const userSourceSchema = z.enum(userSources);
export type UserSource = z.infer<typeof userSourceSchema>;

export const licenses = [
  'free',
  'businessStandard',
  'businessPremium',
  'entraP1',
  'entraP2',
] as const;
export const licenseSchema = z.enum(licenses);
export type License = z.infer<typeof licenseSchema>;

export const adminRoles = [
  'globalAdministrator',
  'passwordAdministrator',
  'userAdministrator',
  'helpdeskAdministrator',
  'authenticationAdministrator',
] as const;
export const adminRoleSchema = z.enum(adminRoles);
export type AdminRole = z.infer<typeof adminRoleSchema>;

/** Security-info method kinds (registration side). */
export const securityMethodKinds = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'] as const;
export const securityMethodKindSchema = z.enum(securityMethodKinds);
export type SecurityMethodKind = z.infer<typeof securityMethodKindSchema>;

/** Stored as given: data that isn't well-formed simply doesn't count. */
export const contactSchema = z.object({
  authenticationEmail: z.string().max(320).nullable(),
  alternateEmail: z.string().max(320).nullable(),
  authenticationPhone: z.string().max(64).nullable(),
  mobilePhone: z.string().max(64).nullable(),
  officePhone: z.string().max(64).nullable(),
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
  lastConfirmedAt: isoDateTimeSchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

const nameSchema = z.string().trim().max(128);

export const createUserRequestSchema = z.strictObject({
  userPrincipalName: z.string().trim().min(3).max(256),
  displayName: nameSchema.min(1),
  givenName: nameSchema.default(''),
  surname: nameSchema.default(''),
  source: userSourceSchema.default('cloud'),
  licenses: z.array(licenseSchema).max(licenses.length).default([]),
  groupIds: z.array(z.string().max(200)).max(100).default([]),
  roles: z.array(adminRoleSchema).max(adminRoles.length).default([]),
  accountEnabled: z.boolean().default(true),
  lockedOut: z.boolean().default(false),
  contact: z
    .strictObject({
      authenticationEmail: z.string().max(320).nullable().optional(),
      alternateEmail: z.string().max(320).nullable().optional(),
      authenticationPhone: z.string().max(64).nullable().optional(),
      mobilePhone: z.string().max(64).nullable().optional(),
      officePhone: z.string().max(64).nullable().optional(),
    })
    .default({}),
  password: z.string().max(4096).optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const patchUserRequestSchema = z.strictObject({
  userPrincipalName: z.string().trim().min(3).max(256).optional(),
  displayName: nameSchema.min(1).optional(),
  givenName: nameSchema.optional(),
  surname: nameSchema.optional(),
  source: userSourceSchema.optional(),
  licenses: z.array(licenseSchema).max(licenses.length).optional(),
  groupIds: z.array(z.string().max(200)).max(100).optional(),
  roles: z.array(adminRoleSchema).max(adminRoles.length).optional(),
  accountEnabled: z.boolean().optional(),
  lockedOut: z.boolean().optional(),
  contact: z
    .strictObject({
      authenticationEmail: z.string().max(320).nullable().optional(),
      alternateEmail: z.string().max(320).nullable().optional(),
      authenticationPhone: z.string().max(64).nullable().optional(),
      mobilePhone: z.string().max(64).nullable().optional(),
      officePhone: z.string().max(64).nullable().optional(),
    })
    .optional(),
});
export type PatchUserRequest = z.infer<typeof patchUserRequestSchema>;

export const userFilterSchema = z.enum(['registered', 'notRegistered', 'lockedOut']);
export type UserFilter = z.infer<typeof userFilterSchema>;

export const userListQuerySchema = z.strictObject({
  query: z.string().max(256).optional(),
  filter: userFilterSchema.optional(),
  license: licenseSchema.optional(),
  source: userSourceSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const groupSchema = z.object({ id: z.string(), name: z.string(), memberCount: z.number().int() });
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = z.object({ items: z.array(groupSchema) });

export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });
