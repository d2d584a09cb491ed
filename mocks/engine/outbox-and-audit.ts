import type { AuditActivity, AuditRow, OutboxMessage, ResetResult } from '@/api';
import type { StoredUser } from '../store/state';
import type { EngineDeps } from './deps';
import { allUsers } from './directory-index';
import { isAdmin, usableEmail } from './eligibility';
import { randomId } from '../rules/crypto';
import { messagesFor, type MessageTemplates } from './messages';

/**
 * The outbox keeps the newest messages only, so the persisted demo state stays small; room for the
 * rollout announcement to every person of the demo's pilot not registered (about 330 of 1,600).
 */
export const outboxLimit = 1000;

export function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export interface OutgoingMessage {
  channel: OutboxMessage['channel'];
  /** An e-mail address or an E.164 phone number without spaces. */
  to: string;
  subject: string;
  body: string;
  code?: string;
}

/** "Sends" a message: it lands in the outbox the demo inbox and the tests read. */
export function sendMessage(deps: EngineDeps, message: OutgoingMessage): OutboxMessage {
  const state = deps.state();
  const stored: OutboxMessage = {
    id: randomId(deps.random, 'msg'),
    channel: message.channel,
    to: message.channel === 'email' ? message.to.trim() : message.to.replace(/[\s()-]/g, ''),
    subject: message.subject,
    body: message.body,
    ...(message.code !== undefined ? { code: message.code } : {}),
    sentAt: toIso(deps.now()),
    ...(message.channel === 'push' ? { pushStatus: 'pending' as const } : {}),
  };
  state.outbox.push(stored);
  if (state.outbox.length > outboxLimit) state.outbox.splice(0, state.outbox.length - outboxLimit);
  deps.changed();
  return stored;
}

export interface AuditEntry {
  activity: AuditActivity;
  /** Who did it: a userPrincipalName, or `anonymous` / `system`. */
  actor: string;
  target?: string | null;
  result?: AuditRow['result'];
  reason?: string | null;
}

export function recordAudit(deps: EngineDeps, entry: AuditEntry): AuditRow {
  const row: AuditRow = {
    id: randomId(deps.random, 'aud'),
    occurredAt: toIso(deps.now()),
    activity: entry.activity,
    actor: entry.actor,
    target: entry.target ?? null,
    result: entry.result ?? 'success',
    reason: entry.reason ?? null,
  };
  deps.state().audit.push(row);
  deps.changed();
  return row;
}

export interface ResetEntry {
  /** The directory user; null for an unknown user ID (then `userId` is empty). */
  user: StoredUser | null;
  /** What was typed, used when the user is unknown. */
  userPrincipalName: string;
  /** Method kinds used, e.g. `email`, `mobileText`, `questions`. */
  methods: string[];
  result: ResetResult;
  reason?: string | null;
}

export function recordReset(deps: EngineDeps, entry: ResetEntry) {
  const row = {
    id: randomId(deps.random, 'rst'),
    occurredAt: toIso(deps.now()),
    userId: entry.user?.id ?? '',
    userPrincipalName: entry.user?.userPrincipalName ?? entry.userPrincipalName,
    role: entry.user && isAdmin(entry.user) ? ('admin' as const) : ('user' as const),
    methods: [...entry.methods],
    result: entry.result,
    reason: entry.reason ?? null,
  };
  deps.state().reports.resets.push(row);
  deps.changed();
  return row;
}

/** A registration row: the methods the person has registered after the change. */
export function recordRegistration(deps: EngineDeps, user: StoredUser, methods: string[]) {
  const row = {
    id: randomId(deps.random, 'reg'),
    occurredAt: toIso(deps.now()),
    userId: user.id,
    userPrincipalName: user.userPrincipalName,
    role: isAdmin(user) ? ('admin' as const) : ('user' as const),
    methods: [...methods],
  };
  deps.state().reports.registrations.push(row);
  deps.changed();
  return row;
}

// Admins who handle password help: they get "contact your administrator" and admin-reset notices.
const notifiedRoles = new Set(['globalAdministrator', 'passwordAdministrator', 'helpdeskAdministrator']);
const notifyLimit = 10;

/** Admins to notify: enabled users with a password-help role (at most ten, global admins first). */
export function adminRecipients(deps: EngineDeps): StoredUser[] {
  const admins = allUsers(deps.state()).filter(
    (user) => user.accountEnabled && user.roles.some((role) => notifiedRoles.has(role)),
  );
  admins.sort((a, b) => {
    const rank = (user: StoredUser) => (user.roles.includes('globalAdministrator') ? 0 : 1);
    return rank(a) - rank(b) || a.userPrincipalName.localeCompare(b.userPrincipalName);
  });
  return admins.slice(0, notifyLimit);
}

/** E-mails every admin recipient, each in their own language; answers the messages sent. */
export function notifyAdmins(deps: EngineDeps, compose: (text: MessageTemplates, organization: string) => { subject: string; body: string }): OutboxMessage[] {
  return adminRecipients(deps).map((admin) => {
    const { text, organization } = messagesFor(deps.state(), admin);
    return sendMessage(deps, { channel: 'email', to: usableEmail(admin) ?? admin.userPrincipalName, ...compose(text, organization) });
  });
}
