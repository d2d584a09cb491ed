import type { PortalState, StoredUser } from '../store/state';

/**
 * The users as an array with a lower-cased search text each: listing 100,000 users must not
 * walk a 100,000-entry map on every request. Keyed by the `users` map, so a new state (a
 * reseed, a load) gets a new index; add and remove users only through `addUser`/`removeUser`,
 * and call `invalidateDirectory` after renaming one.
 */
export interface DirectoryIndex {
  users: StoredUser[];
  /** `upn \0 displayName`, lower-cased, per position. */
  texts: string[];
}

const indexes = new WeakMap<Map<string, StoredUser>, DirectoryIndex>();

export function directoryIndex(state: PortalState): DirectoryIndex {
  let index = indexes.get(state.users);
  if (!index) {
    const users = [...state.users.values()];
    index = {
      users,
      texts: users.map((user) => `${user.userPrincipalName}\u0000${user.displayName}`.toLowerCase()),
    };
    indexes.set(state.users, index);
  }
  return index;
}

/** The users whose user ID or display name contains `needle` (lower-case). */
export function searchUsers(index: DirectoryIndex, needle: string): StoredUser[] {
  const { users, texts } = index;
  const found: StoredUser[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    if (!texts[i]?.includes(needle)) continue;
    const user = users[i];
    if (user) found.push(user);
  }
  return found;
}

/** After renaming a user (user ID or display name): the next search rebuilds the index. */
export function invalidateDirectory(state: PortalState): void {
  indexes.delete(state.users);
}

export function allUsers(state: PortalState): StoredUser[] {
  return directoryIndex(state).users;
}

/** Adds a user to the directory (and its user-ID lookup). */
export function addUser(state: PortalState, user: StoredUser): void {
  state.users.set(user.id, user);
  state.userIdsByUpn.set(user.userPrincipalName.toLowerCase(), user.id);
  indexes.delete(state.users);
}

/** Removes a user from the directory, its user-ID lookup and its sessions. */
export function removeUser(state: PortalState, user: StoredUser): void {
  state.users.delete(user.id);
  state.userIdsByUpn.delete(user.userPrincipalName.toLowerCase());
  for (const [token, session] of state.sessions) if (session.userId === user.id) state.sessions.delete(token);
  indexes.delete(state.users);
}
