import type {
  AdminRole,
  AuditRow,
  Branding,
  Contact,
  DevSettings,
  License,
  OutboxMessage,
  MessageTranslations,
  Policy,
  PreferredLanguage,
  RegistrationRow,
  ResetMethodKind,
  ResetRow,
  UserSource,
} from '@/api';

/**
 * The whole state of the mock backend: `Map`s of plain JSON records, indexed by ID, and arrays.
 * Every index is a `Map`, never an object keyed by raw IDs: an ID such as `__proto__` or
 * `constructor` is then an ordinary missing key, not a member of `Object.prototype` (issue 11).
 * Times are epoch milliseconds of the mock clock.
 */
export interface PortalState {
  organization: { name: string };
  policy: Policy;
  /** What an admin saved through the API; null while the defaults apply. */
  branding: Branding | null;
  groups: Map<string, StoredGroup>;
  users: Map<string, StoredUser>;
  /** Lower-cased userPrincipalName → directory id. */
  userIdsByUpn: Map<string, string>;
  sessions: Map<string, StoredSession>;
  flows: Map<string, StoredFlow>;
  verifications: Map<string, StoredVerification>;
  captchas: Map<string, StoredCaptcha>;
  /** Keyed by the directory id, or `decoy:<typed ID>` for IDs no user has. */
  throttles: Map<string, StoredThrottle>;
  /** Per calling client (its address as the HTTP server saw it): what one client may do to many accounts. */
  clients: Map<string, StoredClientThrottle>;
  outbox: OutboxMessage[];
  reports: { registrations: RegistrationRow[]; resets: ResetRow[] };
  audit: AuditRow[];
  /** How far the mock clock was moved forward. */
  clockOffsetMs: number;
  devSettings: DevSettings;
  rollout: StoredRollout;
}

/** What the rollout assistant sent and scheduled (its steps are computed from the rest). */
export interface StoredRollout {
  /** Directory id → when that person was last sent the announcement or a reminder. */
  lastSentTo: Map<string, number>;
  /** The sendings, oldest first (batches a few minutes apart count as one); the newest few only. */
  sends: { kind: 'announcement' | 'reminder'; at: number; recipients: number }[];
  /** A reminder to those still not registered, sent once at `dueAt`. */
  reminder: { afterDays: number; dueAt: number; subject: string; body: string; translations?: MessageTranslations } | null;
}

export function emptyRollout(): StoredRollout {
  return { lastSentTo: new Map(), sends: [], reminder: null };
}

/** Direct membership lives on the user (`groupIds`); a group only records the groups nested in it. */
export interface StoredGroup {
  id: string;
  name: string;
  /** Nested groups: members of these groups are members of this one. */
  memberGroupIds: string[];
}

export interface StoredUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  source: UserSource;
  licenses: License[];
  groupIds: string[];
  roles: AdminRole[];
  accountEnabled: boolean;
  lockedOut: boolean;
  contact: Contact;
  /** Registered authenticator app (TOTP); null when none. */
  app: { secret: string; registeredAt: number } | null;
  /** Registered security questions: answers stored only as salted hashes of the normalized answer. */
  questions: { questionId: string; answerHash: string }[];
  lastConfirmedAt: number | null;
  /** Salted hash; null for a user who can't sign in with a password. */
  passwordHash: string | null;
  /** Older password hashes, newest first (on-premises history). */
  passwordHistory: string[];
  passwordChangedAt: number | null;
  /** Change-password lockout (10 wrong tries → 1 minute, growing). */
  changePasswordFailures: { count: number; lockouts: number; lockedUntil: number | null };
  /** When the registration prompt was last cancelled. */
  promptDismissedAt: number | null;
  /** The language the person's messages are worded in; null when unknown (the organisation's default). */
  preferredLanguage: PreferredLanguage | null;
}

export interface StoredSession {
  token: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface StoredChallenge {
  challengeId: string;
  methodId: string;
  kind: ResetMethodKind;
  createdAt: number;
  expiresAt: number;
  /** Hash of the code (never the code); null for pushes and questions. */
  codeHash: string | null;
  codeLength: number | null;
  /** For questions: the ids picked for this challenge. */
  questionIds: string[];
  status: 'pending' | 'approved' | 'denied' | 'expired' | 'used' | 'voided';
  /** For pushes: the outbox message the demo inbox approves or denies. */
  outboxId: string | null;
}

export interface StoredFlowMethod {
  methodId: string;
  kind: ResetMethodKind;
  masked: string;
  needsFullPhone: boolean;
  /** Methods sharing a group are one method (mobileText/mobileCall, appCode/appNotification). */
  group: string;
}

export interface StoredFlow {
  flowId: string;
  /** Directory id; null for a decoy flow (unknown or ineligible user under enumeration protection). */
  userId: string | null;
  typedUserId: string;
  decoy: boolean;
  /** Why a decoy flow is a decoy (for the report row), e.g. `not_registered` or `unknown_user`. */
  decoyReason: string | null;
  createdAt: number;
  expiresAt: number;
  step: 'verify' | 'password' | 'done';
  gatesRequired: number;
  passedGroups: string[];
  methods: StoredFlowMethod[];
  /** Oldest first; a flow has a handful. */
  challenges: StoredChallenge[];
  unlockAvailable: boolean;
  outcome: 'reset' | 'unlocked' | null;
  status: 'active' | 'done' | 'cancelled';
  /** When the flow's expiry was recorded as an `abandoned` reset (once); absent until then. */
  abandonedAt?: number;
  /** When "contact your administrator" was sent from this flow (admins are e-mailed once per flow). */
  adminContactedAt?: number;
}

export interface StoredVerification {
  verificationId: string;
  userId: string;
  kind: 'email' | 'mobilePhone' | 'app';
  value: string;
  codeHash: string | null;
  /** TOTP secret for the app. */
  secret: string | null;
  createdAt: number;
  expiresAt: number;
  used: boolean;
  /** Wrong codes tried; the fifth voids the verification (no unlimited guessing). */
  failedAttempts?: number;
}

export interface StoredCaptcha {
  challengeId: string;
  answer: string;
  alternativeAnswer: string;
  expiresAt: number;
  used: boolean;
}

/** Per-user throttle counters (event times) and the block they lead to. */
export interface StoredThrottle {
  failedVerifications: number[];
  emailsSent: number[];
  completedResets: number[];
  blockedUntil: number | null;
  blockReason: 'failed_verifications' | 'too_many_emails' | 'too_many_resets' | null;
  /** Wrong sign-ins (a separate block: a reset block does not stop signing in). */
  failedSignIns: number[];
  signInBlockedUntil: number | null;
}

/** Per-client counters (event times) and the sign-in block they lead to. */
export interface StoredClientThrottle {
  failedSignIns: number[];
  signInBlockedUntil: number | null;
  /**
   * Reset starts, for any user ID: capping only decoy starts would tell which IDs are real, so
   * every start counts (each unknown ID leaves a report row and a flow).
   */
  resetStarts: number[];
}

/** A contact record with every field empty. */
export function emptyContact(): Contact {
  return { authenticationEmail: null, alternateEmail: null, authenticationPhone: null, mobilePhone: null, officePhone: null };
}

type UserIdentity = 'id' | 'userPrincipalName' | 'displayName' | 'givenName' | 'surname' | 'source' | 'licenses' | 'groupIds' | 'roles';

/** What every new directory record starts with: enabled, nothing registered, no password, no lockout. */
export function newUserDefaults(): Omit<StoredUser, UserIdentity> {
  return {
    accountEnabled: true,
    lockedOut: false,
    contact: emptyContact(),
    app: null,
    questions: [],
    lastConfirmedAt: null,
    passwordHash: null,
    passwordHistory: [],
    passwordChangedAt: null,
    changePasswordFailures: { count: 0, lockouts: 0, lockedUntil: null },
    promptDismissedAt: null,
    preferredLanguage: null,
  };
}

/** A state with no sessions, flows, messages or history around the given directory and policy. */
export function emptyState(directory: Pick<PortalState, 'organization' | 'policy' | 'groups' | 'users' | 'userIdsByUpn'>): PortalState {
  return {
    ...directory,
    branding: null,
    sessions: new Map(),
    flows: new Map(),
    verifications: new Map(),
    captchas: new Map(),
    throttles: new Map(),
    clients: new Map(),
    outbox: [],
    reports: { registrations: [], resets: [] },
    audit: [],
    clockOffsetMs: 0,
    devSettings: { latencyMs: 0, failureRate: 0 },
    rollout: emptyRollout(),
  };
}

/** The whole state as JSON text, every `Map` as its entries: for tests that assert a call changed nothing. */
export function stateSnapshot(state: PortalState): string {
  return JSON.stringify(state, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value));
}
