import { z } from 'zod/mini';

/** What kind of account a person has, and the roles that open the admin console. */
export const userSources = ['cloud', 'hashSync', 'passThrough', 'federated'] as const;
export const userSourceSchema = z.enum(userSources);
export type UserSource = z.infer<typeof userSourceSchema>;

export const licenses = ['free', 'businessStandard', 'businessPremium', 'entraP1', 'entraP2'] as const;
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
