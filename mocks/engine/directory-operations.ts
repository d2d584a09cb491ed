import type { SecurityMethodKind, User, Violation } from '@/api';
import { newUserDefaults, type PortalState, type StoredUser } from '../store/state';
import type { EngineDeps } from './deps';
import { adminUser, requireScope } from './auth';
import { addUser, allUsers, directoryIndex, invalidateDirectory, removeUser, searchUsers } from './directory-index';
import { groupClosure, hasMethodData, hasRequiredLicense, isInScope, isRegistered } from './eligibility';
import type { Operations } from './operations';
import { conflict, notFound, passwordPolicy, validationFailed } from './problems';
import { notifyAdmins, recordAudit, toIso } from './outbox-and-audit';
import { isWellFormedEmail } from '../rules/contact';
import { hashSecret, randomId, randomInt } from '../rules/crypto';
import { checkPassword } from '../rules/passwords';
import { bannedContextFor, storeNewPassword, validateNewPassword } from './user-passwords';

type DirectoryOperations = Pick<
  Operations,
  'listUsers' | 'createUser' | 'getUser' | 'patchUser' | 'deleteUser' | 'unlockUser' | 'adminResetPassword' | 'listGroups'
>;

const methodKinds: readonly SecurityMethodKind[] = ['email', 'mobilePhone', 'officePhone', 'app', 'questions'];

export function toApiUser(state: PortalState, user: StoredUser): User {
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    source: user.source,
    licenses: [...user.licenses],
    groupIds: [...user.groupIds],
    roles: [...user.roles],
    accountEnabled: user.accountEnabled,
    lockedOut: user.lockedOut,
    contact: { ...user.contact },
    registeredMethods: methodKinds.filter((kind) => hasMethodData(state.policy, user, kind)),
    lastConfirmedAt: user.lastConfirmedAt === null ? null : toIso(user.lastConfirmedAt),
    preferredLanguage: user.preferredLanguage,
  };
}

function parseCursor(cursor: string | undefined): number {
  const offset = cursor === undefined ? 0 : Number.parseInt(cursor, 10);
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}

/** Offset paging over an already filtered list; the cursor is the next offset. */
export function page<T>(items: T[], cursor: string | undefined, limit: number): { items: T[]; nextCursor: string | null; total: number } {
  const offset = parseCursor(cursor);
  const slice = items.slice(offset, offset + limit);
  const next = offset + slice.length;
  return { items: slice, nextCursor: next < items.length ? String(next) : null, total: items.length };
}

function groupViolations(state: PortalState, groupIds: readonly string[] | undefined): Violation[] {
  return (groupIds ?? []).flatMap((groupId, i) =>
    state.groups.has(groupId) ? [] : [{ code: 'unknown_group', field: `groupIds.${i}`, params: { groupId } }],
  );
}

function upnViolations(upn: string): Violation[] {
  return isWellFormedEmail(upn) ? [] : [{ code: 'invalid_user_principal_name', field: 'userPrincipalName' }];
}

const temporaryAlphabets = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnopqrstuvwxyz',
  digit: '23456789',
  symbol: '!#$%*+-=?@',
} as const;

export function createDirectoryOperations(deps: EngineDeps): DirectoryOperations {
  function userOr404(id: string | undefined): StoredUser {
    const user = id === undefined ? undefined : deps.state().users.get(id);
    if (!user) throw notFound('No such user');
    return user;
  }

  /** A temporary password that passes every rule: 16 characters of all four classes. */
  function temporaryPassword(user: StoredUser): string {
    const all = Object.values(temporaryAlphabets).join('');
    for (;;) {
      const chars = Object.values(temporaryAlphabets).map((set) => set[randomInt(deps.random, set.length)] ?? 'x');
      while (chars.length < 16) chars.push(all[randomInt(deps.random, all.length)] ?? 'x');
      for (let i = chars.length - 1; i > 0; i -= 1) {
        const j = randomInt(deps.random, i + 1);
        [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
      }
      const candidate = chars.join('');
      if (checkPassword(candidate, bannedContextFor(deps.state(), user)).length === 0) return candidate;
    }
  }

  return {
    async listUsers({ query }, context) {
      adminUser(deps, context);
      const state = deps.state();
      const needle = query.query?.trim().toLowerCase() ?? '';
      const index = directoryIndex(state);
      const candidates = needle ? searchUsers(index, needle) : index.users;
      const matches = candidates.filter((user) => {
        if (query.license && !user.licenses.includes(query.license)) return false;
        if (query.source && user.source !== query.source) return false;
        if (query.filter === 'lockedOut' && !user.lockedOut) return false;
        if (query.filter === 'registered' && !isRegistered(state, user)) return false;
        if (query.filter === 'notRegistered' && isRegistered(state, user)) return false;
        if (query.filter === 'unlicensedInScope' && !(user.accountEnabled && isInScope(state, user) && !hasRequiredLicense(user))) return false;
        return true;
      });
      const result = page(matches, query.cursor, query.limit);
      return { ...result, items: result.items.map((user) => toApiUser(state, user)) };
    },

    async createUser({ body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'manageUsers', 'createUser');
      if (body.roles.length > 0) requireScope(deps, admin, 'changeRoles', 'createUser');
      const state = deps.state();
      const upn = body.userPrincipalName.trim();
      if (state.userIdsByUpn.has(upn.toLowerCase())) throw conflict('A user with that user ID exists');
      const violations = [...upnViolations(upn), ...groupViolations(state, body.groupIds)];
      if (violations.length > 0) throw validationFailed(violations);
      const user: StoredUser = {
        id: randomId(deps.random, 'usr'),
        userPrincipalName: upn,
        displayName: body.displayName,
        givenName: body.givenName,
        surname: body.surname,
        source: body.source,
        licenses: [...new Set(body.licenses)],
        groupIds: [...new Set(body.groupIds)],
        roles: [...new Set(body.roles)],
        ...newUserDefaults(),
        accountEnabled: body.accountEnabled,
        lockedOut: body.lockedOut,
        contact: {
          authenticationEmail: body.contact.authenticationEmail ?? null,
          alternateEmail: body.contact.alternateEmail ?? null,
          authenticationPhone: body.contact.authenticationPhone ?? null,
          mobilePhone: body.contact.mobilePhone ?? null,
          officePhone: body.contact.officePhone ?? null,
        },
        preferredLanguage: body.preferredLanguage ?? null,
      };
      if (body.password !== undefined) {
        const passwordViolations = await validateNewPassword(state, user, body.password);
        if (passwordViolations.length > 0) throw passwordPolicy(passwordViolations);
        user.passwordHash = await hashSecret(body.password, deps.random, deps.hashIterations);
        user.passwordChangedAt = deps.now();
      }
      addUser(state, user);
      recordAudit(deps, { activity: 'createUser', actor: admin.userPrincipalName, target: upn });
      deps.changed();
      return toApiUser(state, user);
    },

    async getUser({ params }, context) {
      adminUser(deps, context);
      return toApiUser(deps.state(), userOr404(params.id));
    },

    async patchUser({ params, body }, context) {
      const admin = adminUser(deps, context);
      const state = deps.state();
      const user = userOr404(params.id);
      const rolesChange = body.roles !== undefined && [...new Set(body.roles)].sort().join() !== [...user.roles].sort().join();
      if (rolesChange) requireScope(deps, admin, 'changeRoles', 'updateUser', user);
      const otherFields = Object.keys(body).some((field) => field !== 'roles');
      if (otherFields || !rolesChange) requireScope(deps, admin, 'manageUsers', 'updateUser', user);
      const upn = body.userPrincipalName?.trim();
      if (upn !== undefined && upn.toLowerCase() !== user.userPrincipalName.toLowerCase()) {
        if (state.userIdsByUpn.has(upn.toLowerCase())) throw conflict('A user with that user ID exists');
      }
      const violations = [
        ...(upn !== undefined ? upnViolations(upn) : []),
        ...groupViolations(state, body.groupIds),
      ];
      if (violations.length > 0) throw validationFailed(violations);
      if (upn !== undefined && upn !== user.userPrincipalName) {
        state.userIdsByUpn.delete(user.userPrincipalName.toLowerCase());
        user.userPrincipalName = upn;
        state.userIdsByUpn.set(upn.toLowerCase(), user.id);
      }
      if (body.displayName !== undefined) user.displayName = body.displayName;
      if (upn !== undefined || body.displayName !== undefined) invalidateDirectory(state);
      if (body.givenName !== undefined) user.givenName = body.givenName;
      if (body.surname !== undefined) user.surname = body.surname;
      if (body.source !== undefined) user.source = body.source;
      if (body.licenses !== undefined) user.licenses = [...new Set(body.licenses)];
      if (body.groupIds !== undefined) user.groupIds = [...new Set(body.groupIds)];
      if (body.roles !== undefined) user.roles = [...new Set(body.roles)];
      if (body.accountEnabled !== undefined) user.accountEnabled = body.accountEnabled;
      if (body.lockedOut !== undefined) user.lockedOut = body.lockedOut;
      // Contact data is stored as given, as a synced directory holds whatever it holds.
      const contact = body.contact ?? {};
      if (contact.authenticationEmail !== undefined) user.contact.authenticationEmail = contact.authenticationEmail;
      if (contact.alternateEmail !== undefined) user.contact.alternateEmail = contact.alternateEmail;
      if (contact.authenticationPhone !== undefined) user.contact.authenticationPhone = contact.authenticationPhone;
      if (contact.mobilePhone !== undefined) user.contact.mobilePhone = contact.mobilePhone;
      if (contact.officePhone !== undefined) user.contact.officePhone = contact.officePhone;
      if (body.preferredLanguage !== undefined) user.preferredLanguage = body.preferredLanguage;
      recordAudit(deps, { activity: 'updateUser', actor: admin.userPrincipalName, target: user.userPrincipalName });
      deps.changed();
      return toApiUser(state, user);
    },

    async deleteUser({ params }, context) {
      const admin = adminUser(deps, context);
      const state = deps.state();
      const user = userOr404(params.id);
      requireScope(deps, admin, 'manageUsers', 'deleteUser', user);
      removeUser(state, user);
      recordAudit(deps, { activity: 'deleteUser', actor: admin.userPrincipalName, target: user.userPrincipalName });
      deps.changed();
    },

    async unlockUser({ params }, context) {
      const admin = adminUser(deps, context);
      const user = userOr404(params.id);
      requireScope(deps, admin, 'unlock', 'unlockUser', user);
      user.lockedOut = false;
      recordAudit(deps, { activity: 'unlockUser', actor: admin.userPrincipalName, target: user.userPrincipalName });
      deps.changed();
      return toApiUser(deps.state(), user);
    },

    async adminResetPassword({ params }, context) {
      const admin = adminUser(deps, context);
      const state = deps.state();
      const user = userOr404(params.id);
      requireScope(deps, admin, 'resetPassword', 'adminResetPassword', user);
      const password = temporaryPassword(user);
      await storeNewPassword(deps, user, password);
      recordAudit(deps, { activity: 'adminResetPassword', actor: admin.userPrincipalName, target: user.userPrincipalName });
      if (state.policy.notifyAdminsOnAdminReset) {
        notifyAdmins(deps, (text, organization) => ({
          subject: text.adminResetSubject({ organization, userPrincipalName: user.userPrincipalName }),
          body: text.adminReset({
            organization,
            admin: `${admin.displayName} (${admin.userPrincipalName})`,
            person: `${user.displayName} (${user.userPrincipalName})`,
          }),
        }));
      }
      return { temporaryPassword: password };
    },

    async listGroups(_input, context) {
      adminUser(deps, context);
      const state = deps.state();
      const users = allUsers(state);
      const items = [...state.groups.values()].map((group) => {
        const closure = groupClosure(state, group.id);
        const memberCount = users.reduce((count, user) => (user.groupIds.some((id) => closure.has(id)) ? count + 1 : count), 0);
        return { id: group.id, name: group.name, memberCount };
      });
      return { items };
    },
  };
}
