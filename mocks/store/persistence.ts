import type { AuditRow, RegistrationRow, ResetRow } from '@/api';
import { checkPersisted } from './persisted-schema';
import { emptyRollout } from './state';
import type {
  PortalState,
  StoredCaptcha,
  StoredClientThrottle,
  StoredFlow,
  StoredGroup,
  StoredRollout,
  StoredSession,
  StoredThrottle,
  StoredUser,
  StoredVerification,
} from './state';

/** Where the demo state is kept between page loads: localStorage in the browser, memory in tests. */
export interface StateStorage {
  load(): string | null;
  save(text: string): void;
  clear(): void;
  /**
   * Keeps saved text that could not be read beside the state (a file: `<file>.bak`, see
   * `file-storage.ts`), before the seed replaces it. Optional for storages that have nowhere to put it.
   */
  keepAside?(text: string): void;
}

export const storageKey = 'password-portal:demo-state';
/** Bump when the persisted shape or the seed changes so old blobs are replaced, not misread. */
export const persistedVersion = 3;

export function memoryStorage(initial: string | null = null): StateStorage & { text(): string | null; keptAside(): string[] } {
  let stored = initial;
  const aside: string[] = [];
  return {
    keepAside: (text) => {
      aside.push(text);
    },
    keptAside: () => [...aside],
    load: () => stored,
    save: (text) => {
      stored = text;
    },
    clear: () => {
      stored = null;
    },
    text: () => stored,
  };
}

/** localStorage, or null where there is none (Node, or storage blocked by the browser). */
export function localStorageStorage(key = storageKey): StateStorage | null {
  let storage: Storage;
  try {
    if (typeof globalThis.localStorage === 'undefined') return null;
    storage = globalThis.localStorage;
  } catch {
    return null;
  }
  return {
    load: () => {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    save: (text) => {
      try {
        storage.setItem(key, text);
      } catch {
        // Quota exceeded or storage blocked: the demo keeps running in memory.
      }
    },
    clear: () => {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
    keepAside: (text) => {
      try {
        storage.setItem(`${key}.bak`, text);
      } catch {
        // No room for the copy: the notice still tells the person.
      }
    },
  };
}

/** How the seed was made: the same values rebuild the same seed, which the saved changes apply to. */
export interface SeedInfo {
  seed: number;
  now: number;
  generatedUsers: number;
  days: number;
}

interface AppendedRows<T> {
  /** The id of the last seed row; the rows continue after it. */
  afterId: string | null;
  rows: T[];
}

/**
 * The persisted blob: only what differs from the seed, plus the small transient collections.
 * Indexes are saved as arrays of records (each carries its own id), so no ID is ever an object key.
 */
export interface PersistedState {
  version: number;
  seedInfo: SeedInfo;
  organization: PortalState['organization'];
  policy: PortalState['policy'];
  branding: PortalState['branding'];
  groups: StoredGroup[];
  users: { changed: StoredUser[]; deleted: string[] };
  sessions: StoredSession[];
  flows: StoredFlow[];
  verifications: StoredVerification[];
  captchas: StoredCaptcha[];
  throttles: [string, StoredThrottle][];
  clients: [string, StoredClientThrottle][];
  outbox: PortalState['outbox'];
  registrations: AppendedRows<RegistrationRow>;
  resets: AppendedRows<ResetRow>;
  audit: AppendedRows<AuditRow>;
  clockOffsetMs: number;
  devSettings: PortalState['devSettings'];
  /** Absent in blobs saved before the rollout assistant: then nothing was sent yet. */
  rollout?: PersistedRollout;
}

export interface PersistedRollout {
  lastSentTo: [string, number][];
  sends: StoredRollout['sends'];
  reminder: StoredRollout['reminder'];
}

/** What the seed looked like, to tell the changes apart: each user as JSON, and the history lengths. */
export interface SeedBaseline {
  users: Map<string, string>;
  registrations: { count: number; lastId: string | null };
  resets: { count: number; lastId: string | null };
  audit: { count: number; lastId: string | null };
}

function tail<T extends { id: string }>(rows: T[]): { count: number; lastId: string | null } {
  return { count: rows.length, lastId: rows.at(-1)?.id ?? null };
}

export function captureBaseline(seed: PortalState): SeedBaseline {
  const users = new Map<string, string>();
  for (const user of seed.users.values()) users.set(user.id, JSON.stringify(user));
  return {
    users,
    registrations: tail(seed.reports.registrations),
    resets: tail(seed.reports.resets),
    audit: tail(seed.audit),
  };
}

function appended<T extends { id: string }>(rows: T[], base: { count: number; lastId: string | null }): AppendedRows<T> {
  // Rows are appended at the end and swept from the front (90 days): the new ones follow the seed's last row,
  // and once that row is swept, every row left is newer than the seed.
  const unswept = base.lastId !== null && rows[base.count - 1]?.id === base.lastId;
  const last = base.lastId === null ? -1 : unswept ? base.count - 1 : rows.findIndex((row) => row.id === base.lastId);
  return { afterId: base.lastId, rows: rows.slice(last + 1) };
}

// Dead transient records aren't worth saving: expired sessions, captchas and verifications, flows a day past (late calls still answer 410).
const flowGraceMs = 24 * 60 * 60 * 1000;

function live<T>(records: Map<string, T>, alive: (record: T) => boolean): T[] {
  const out: T[] = [];
  for (const record of records.values()) if (alive(record)) out.push(record);
  return out;
}

export function serializeState(state: PortalState, baseline: SeedBaseline, seedInfo: SeedInfo, now: number): string {
  const changed: StoredUser[] = [];
  for (const user of state.users.values()) {
    if (baseline.users.get(user.id) !== JSON.stringify(user)) changed.push(user);
  }
  const deleted: string[] = [];
  for (const id of baseline.users.keys()) if (!state.users.has(id)) deleted.push(id);

  const persisted: PersistedState = {
    version: persistedVersion,
    seedInfo,
    organization: state.organization,
    policy: state.policy,
    branding: state.branding,
    groups: [...state.groups.values()],
    users: { changed, deleted },
    sessions: live(state.sessions, (session) => session.expiresAt > now),
    flows: live(state.flows, (flow) => flow.expiresAt + flowGraceMs > now),
    verifications: live(state.verifications, (verification) => verification.expiresAt > now && !verification.used),
    captchas: live(state.captchas, (captcha) => captcha.expiresAt > now && !captcha.used),
    throttles: [...state.throttles],
    clients: [...state.clients],
    outbox: state.outbox,
    registrations: appended(state.reports.registrations, baseline.registrations),
    resets: appended(state.reports.resets, baseline.resets),
    audit: appended(state.audit, baseline.audit),
    clockOffsetMs: state.clockOffsetMs,
    devSettings: state.devSettings,
    rollout: { lastSentTo: [...state.rollout.lastSentTo], sends: state.rollout.sends, reminder: state.rollout.reminder },
  };
  return JSON.stringify(persisted);
}

export type ParsedBlob = { ok: true; persisted: PersistedState } | { ok: false; reason: 'unreadable' | 'wrong_version' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a saved blob; anything that isn't this version's whole shape is refused, never half-read. */
export function parsePersisted(text: string): ParsedBlob {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'unreadable' };
  if (value.version !== persistedVersion) return { ok: false, reason: 'wrong_version' };
  const persisted = checkPersisted(value);
  return persisted ? { ok: true, persisted } : { ok: false, reason: 'unreadable' };
}

function continueRows<T extends { id: string }>(seedRows: T[], saved: AppendedRows<T>): T[] {
  if (saved.rows.length === 0) return seedRows;
  const lastId = seedRows.at(-1)?.id ?? null;
  return lastId === saved.afterId ? [...seedRows, ...saved.rows] : seedRows;
}

/** Applies the saved changes to a freshly built seed of the same `seedInfo`. */
export function applyPersisted(seed: PortalState, persisted: PersistedState): PortalState {
  const users = new Map(seed.users);
  for (const id of persisted.users.deleted) users.delete(id);
  for (const user of persisted.users.changed) users.set(user.id, user);
  const userIdsByUpn = new Map<string, string>();
  for (const user of users.values()) userIdsByUpn.set(user.userPrincipalName.toLowerCase(), user.id);
  return {
    organization: persisted.organization,
    policy: persisted.policy,
    branding: persisted.branding,
    groups: new Map(persisted.groups.map((group) => [group.id, group])),
    users,
    userIdsByUpn,
    sessions: new Map(persisted.sessions.map((session) => [session.token, session])),
    flows: new Map(persisted.flows.map((flow) => [flow.flowId, flow])),
    verifications: new Map(persisted.verifications.map((verification) => [verification.verificationId, verification])),
    captchas: new Map(persisted.captchas.map((captcha) => [captcha.challengeId, captcha])),
    throttles: new Map(persisted.throttles),
    clients: new Map(persisted.clients),
    outbox: persisted.outbox,
    reports: {
      registrations: continueRows(seed.reports.registrations, persisted.registrations),
      resets: continueRows(seed.reports.resets, persisted.resets),
    },
    audit: continueRows(seed.audit, persisted.audit),
    clockOffsetMs: persisted.clockOffsetMs,
    devSettings: persisted.devSettings,
    rollout: persisted.rollout
      ? { lastSentTo: new Map(persisted.rollout.lastSentTo), sends: persisted.rollout.sends, reminder: persisted.rollout.reminder }
      : emptyRollout(),
  };
}

export const persistenceNotices = {
  unreadable: 'Your saved demo data could not be read, so the demo started again from the seed data.',
  wrong_version: 'Your saved demo data came from an older version of the portal, so the demo started again from the seed data.',
} as const;
