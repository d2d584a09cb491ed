import type { RolloutStatus } from '@/api';
import type { PortalState, StoredUser } from '../../store/state';
import { allUsers } from '../directory-index';
import { cachedIsEmail, cachedParsePhone, groupMembers, hasRequiredLicense, isInScope, isRegistered } from '../eligibility';
import { toIso } from '../outbox-and-audit';
import { announceStep, enableStep, licenceStep, registrationStep, resetStep, rolloutThresholds, scopeStep, wholePercent } from './steps';

const dayMs = 24 * 60 * 60 * 1000;
const isoDate = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** Contact data an admin or a CSV import provides (people register the authentication fields themselves). */
function hasProvidedContactData(user: StoredUser): boolean {
  const { alternateEmail, mobilePhone, officePhone } = user.contact;
  return (
    (alternateEmail !== null && cachedIsEmail(alternateEmail)) ||
    (mobilePhone !== null && cachedParsePhone(mobilePhone) !== null) ||
    (officePhone !== null && cachedParsePhone(officePhone) !== null)
  );
}

/** The people the rollout is about: enabled accounts the policy covers (as the Reports tiles count them). */
export function peopleInScope(state: PortalState): StoredUser[] {
  return allUsers(state).filter((user) => user.accountEnabled && isInScope(state, user));
}

/** In-scope people not registered who had no announcement or reminder in the last 24 hours. */
export function pendingRecipients(state: PortalState, now: number): StoredUser[] {
  const since = now - rolloutThresholds.repeatHours * 60 * 60 * 1000;
  return peopleInScope(state).filter((user) => !isRegistered(state, user) && (state.rollout.lastSentTo.get(user.id) ?? -Infinity) <= since);
}

/**
 * Step 5's line: for each of the last 30 days, the share registered at the end of that day,
 * counting each registered person from their first recorded registration (people with none on
 * record were registered before the history starts).
 */
function registrationTrend(state: PortalState, inScope: StoredUser[], registeredIds: Set<string>, now: number) {
  const firstRegistration = new Map<string, string>();
  for (const row of state.reports.registrations) {
    if (registeredIds.has(row.userId) && !firstRegistration.has(row.userId)) firstRegistration.set(row.userId, row.occurredAt.slice(0, 10));
  }
  const laterDates = [...firstRegistration.values()].sort();
  const trend: RolloutStatus['steps']['registration']['trend'] = [];
  for (let back = rolloutThresholds.windowDays - 1; back >= 0; back -= 1) {
    const date = isoDate(now - back * dayMs);
    const after = laterDates.length - upperBound(laterDates, date);
    trend.push({ date, percent: wholePercent(registeredIds.size - after, inScope.length) });
  }
  return trend;
}

/** How many sorted values are ≤ `value`. */
function upperBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function resetFigures(state: PortalState, now: number) {
  const since = isoDate(now - (rolloutThresholds.windowDays - 1) * dayMs);
  let total = 0;
  let succeeded = 0;
  const reasons = new Map<string, number>();
  for (let i = state.reports.resets.length - 1; i >= 0; i -= 1) {
    const row = state.reports.resets[i];
    if (!row || row.occurredAt.slice(0, 10) < since) break;
    total += 1;
    if (row.result === 'succeeded') succeeded += 1;
    if (row.result === 'failed' || row.result === 'blocked') {
      const reason = row.reason ?? 'unknown';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  const topFailureReasons = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
    .slice(0, 3);
  return { total, succeeded, successPercent: wholePercent(succeeded, total), topFailureReasons };
}

/** `GET /admin/rollout`: the six steps from live data, at `now` of the mock clock. */
export function rolloutStatus(state: PortalState, now: number): RolloutStatus {
  const { policy } = state;
  const inScope = peopleInScope(state);
  const registeredIds = new Set(inScope.filter((user) => isRegistered(state, user)).map((user) => user.id));
  const unlicensed = inScope.filter((user) => !hasRequiredLicense(user)).length;
  const importedContactData = inScope.filter(hasProvidedContactData).length;
  const group = policy.groupId === null ? null : (state.groups.get(policy.groupId) ?? null);
  const organizationSize = allUsers(state).filter((user) => user.accountEnabled).length;
  const groupSize = group ? groupMembers(state, group.id).filter((user) => user.accountEnabled).length : 0;
  const announcement = state.rollout.sends.findLast((send) => send.kind === 'announcement') ?? null;
  const reminderSent = state.rollout.sends.findLast((send) => send.kind === 'reminder') ?? null;
  const resets = resetFigures(state, now);
  const reminder = state.rollout.reminder;

  return {
    steps: {
      enable: { state: enableStep({ enablement: policy.enablement, inScope: inScope.length }), enablement: policy.enablement, inScope: inScope.length },
      licences: { state: licenceStep({ inScope: inScope.length, unlicensed }), inScope: inScope.length, unlicensed },
      scope: {
        state: scopeStep({ enablement: policy.enablement }),
        enablement: policy.enablement,
        groupId: group?.id ?? null,
        groupName: group?.name ?? null,
        groupSize,
        organizationSize,
      },
      announce: {
        state: announceStep({ enforcedRegistration: policy.requireRegistrationOnSignIn, importedContactData, announced: announcement !== null }),
        enforcedRegistration: policy.requireRegistrationOnSignIn,
        importedContactData,
        announcedAt: announcement ? toIso(announcement.at) : null,
        announcedTo: announcement?.recipients ?? 0,
        remindedAt: reminderSent ? toIso(reminderSent.at) : null,
        reminder: reminder ? { afterDays: reminder.afterDays, dueAt: toIso(reminder.dueAt) } : null,
      },
      registration: {
        state: registrationStep({ inScope: inScope.length, registered: registeredIds.size }),
        inScope: inScope.length,
        registered: registeredIds.size,
        percent: wholePercent(registeredIds.size, inScope.length),
        trend: registrationTrend(state, inScope, registeredIds, now),
      },
      resets: { state: resetStep(resets), ...resets },
    },
    pendingRecipients: pendingRecipients(state, now).length,
  };
}
