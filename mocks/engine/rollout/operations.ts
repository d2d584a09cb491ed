import { isMessageLanguage, type MessageTranslations } from '@/api';
import type { EngineDeps } from '../deps';
import { adminUser, requireScope } from '../auth';
import type { Operations } from '../operations';
import { recordAudit, sendMessage, toIso } from '../outbox-and-audit';
import { isRegistered } from '../eligibility';
import { peopleInScope, pendingRecipients, rolloutStatus } from './status';

/** The message as the admin wrote it, and in other languages for those whose preferred language is one of them. */
interface RolloutMessage {
  subject: string;
  body: string;
  translations?: MessageTranslations;
}

type RolloutOperations = Pick<Operations, 'getRollout' | 'sendAnnouncement' | 'putRolloutReminder' | 'deleteRolloutReminder'>;

const dayMs = 24 * 60 * 60 * 1000;
/** Batches of one sending arrive seconds apart: within this gap they are one sending on step 4. */
const sameSendingMs = 10 * 60 * 1000;
const keptSends = 20;

/**
 * E-mails the next `limit` in-scope people not registered (to their user ID, their work mailbox)
 * who had nothing from the rollout in the last 24 hours; answers what was sent, what was skipped
 * (sent something in the last 24 hours) and what is left.
 */
function sendBatch(deps: EngineDeps, kind: 'announcement' | 'reminder', message: RolloutMessage, limit: number) {
  const state = deps.state();
  const now = deps.now();
  const pending = pendingRecipients(state, now);
  const notRegistered = peopleInScope(state).filter((user) => !isRegistered(state, user)).length;
  const batch = pending.slice(0, limit);
  for (const user of batch) {
    const preferred = user.preferredLanguage;
    const wording = (isMessageLanguage(preferred) ? message.translations?.[preferred] : undefined) ?? message;
    sendMessage(deps, { channel: 'email', to: user.userPrincipalName, subject: wording.subject, body: wording.body });
    state.rollout.lastSentTo.set(user.id, now);
  }
  const last = state.rollout.sends.at(-1);
  if (batch.length > 0) {
    if (last && last.kind === kind && now - last.at <= sameSendingMs) last.recipients += batch.length;
    else state.rollout.sends.push({ kind, at: now, recipients: batch.length });
    if (state.rollout.sends.length > keptSends) state.rollout.sends.splice(0, state.rollout.sends.length - keptSends);
    deps.changed();
  }
  return { sent: batch.length, remaining: pending.length - batch.length, skipped: notRegistered - pending.length };
}

/** Sends the scheduled reminder once it is due (the dev clock moving past it, or real time); then it is gone. */
export function sendDueReminder(deps: EngineDeps): void {
  const state = deps.state();
  const reminder = state.rollout.reminder;
  if (!reminder || deps.now() < reminder.dueAt) return;
  state.rollout.reminder = null;
  const result = sendBatch(deps, 'reminder', reminder, Number.MAX_SAFE_INTEGER);
  recordAudit(deps, { activity: 'sendReminder', actor: 'system', target: `${result.sent} people` });
}

export function createRolloutOperations(deps: EngineDeps): RolloutOperations {
  return {
    async getRollout(_input, context) {
      adminUser(deps, context);
      return rolloutStatus(deps.state(), deps.now());
    },

    async sendAnnouncement({ body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'manageUsers', 'sendAnnouncement');
      const result = sendBatch(deps, 'announcement', body, body.limit);
      if (result.sent > 0) recordAudit(deps, { activity: 'sendAnnouncement', actor: admin.userPrincipalName, target: `${result.sent} people` });
      return result;
    },

    async putRolloutReminder({ body }, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'manageUsers', 'scheduleReminder');
      const dueAt = deps.now() + body.afterDays * dayMs;
      deps.state().rollout.reminder = {
        afterDays: body.afterDays,
        dueAt,
        subject: body.subject,
        body: body.body,
        ...(body.translations ? { translations: body.translations } : {}),
      };
      recordAudit(deps, { activity: 'scheduleReminder', actor: admin.userPrincipalName, target: toIso(dueAt) });
      return { afterDays: body.afterDays, dueAt: toIso(dueAt) };
    },

    async deleteRolloutReminder(_input, context) {
      const admin = adminUser(deps, context);
      requireScope(deps, admin, 'manageUsers', 'scheduleReminder');
      deps.state().rollout.reminder = null;
      recordAudit(deps, { activity: 'scheduleReminder', actor: admin.userPrincipalName, target: null, reason: 'cancelled' });
      deps.changed();
      return undefined;
    },
  };
}
