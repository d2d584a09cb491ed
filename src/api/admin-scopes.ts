import type { AdminRole } from './schemas/accounts';

/**
 * What each admin role may do, as Entra's roles are scoped (issue 11, defect 4). The mock
 * backend enforces it (403 `forbidden`, audited) and the admin console hides what a role can't do.
 */
export type AdminAction =
  /** PUT /admin/policy. */
  | 'changePolicy'
  /** PUT and DELETE /admin/branding. */
  | 'changeBranding'
  /** `roles` on create or PATCH: a global administrator's, never on their own account. */
  | 'changeRoles'
  /** Create, edit and delete users, import contact data. */
  | 'manageUsers'
  | 'resetPassword'
  | 'unlock';

/** The person the action is about: their roles, and whether they are the one acting. */
export interface AdminTarget {
  roles: readonly AdminRole[];
  self: boolean;
}

const resetters: readonly AdminRole[] = [
  'globalAdministrator',
  'passwordAdministrator',
  'userAdministrator',
  'helpdeskAdministrator',
  'authenticationAdministrator',
];
const userManagers: readonly AdminRole[] = ['globalAdministrator', 'userAdministrator'];

export function adminMay(roles: readonly AdminRole[], action: AdminAction, target?: AdminTarget): boolean {
  const global = roles.includes('globalAdministrator');
  // Accounts with an admin role (one's own included) are privileged: only a global administrator acts on them.
  if (target && target.roles.length > 0 && !global) return false;
  switch (action) {
    case 'changePolicy':
    case 'changeBranding':
      return global;
    case 'changeRoles':
      return global && target?.self !== true;
    case 'manageUsers':
      return roles.some((role) => userManagers.includes(role));
    case 'resetPassword':
    case 'unlock':
      return roles.some((role) => resetters.includes(role));
  }
}
