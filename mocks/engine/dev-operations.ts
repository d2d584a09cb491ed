import type { MockClock } from '../store/clock';
import { personas } from '../store/seed';
import type { EngineDeps } from './deps';
import { findUserByUpn } from './eligibility';
import type { Operations } from './operations';
import { toIso } from './outbox-and-audit';
import { sendDueReminder } from './rollout/operations';
import { normalizeTypedPhone } from '../rules/contact';

type DevOperations = Pick<Operations, 'getOutbox' | 'getClock' | 'advanceClock' | 'resetClock' | 'getDevSettings' | 'putDevSettings' | 'getPersonas'>;

/** The outbox `to` filter: e-mail addresses compare case-insensitively, phone numbers as E.164 without spaces. */
export function outboxAddress(to: string): string {
  const value = to.trim();
  if (value.includes('@')) return value.toLowerCase();
  return normalizeTypedPhone(value) ?? value.replace(/[\s()-]/g, '');
}

export function createDevOperations(deps: EngineDeps, clock: Pick<MockClock, 'advance' | 'reset'>): DevOperations {
  return {
    async getOutbox({ query }) {
      const state = deps.state();
      const to = query.to === undefined ? null : outboxAddress(query.to);
      const since = query.since === undefined ? null : Date.parse(query.since);
      const items = [];
      for (let i = state.outbox.length - 1; i >= 0; i -= 1) {
        const message = state.outbox[i];
        if (!message) continue;
        if (to !== null && outboxAddress(message.to) !== to) continue;
        if (since !== null && Date.parse(message.sentAt) < since) continue;
        items.push({ ...message });
      }
      return { items };
    },

    async getClock() {
      return { now: toIso(deps.now()) };
    },

    async advanceClock({ body }) {
      const now = clock.advance(body.advanceSeconds);
      deps.changed();
      // A reminder the jump went past goes out now, as it would have on the way.
      sendDueReminder(deps);
      return { now: toIso(now) };
    },

    async resetClock() {
      const now = clock.reset();
      deps.changed();
      return { now: toIso(now) };
    },

    async getDevSettings() {
      return { ...deps.state().devSettings };
    },

    async getPersonas() {
      const state = deps.state();
      // Those still there and able to sign in (an admin may have deleted or disabled one).
      const items = personas
        .filter((persona) => findUserByUpn(state, persona.userPrincipalName)?.accountEnabled === true)
        .map(({ userPrincipalName, displayName, role, demonstrates }) => ({ userId: userPrincipalName, displayName, role, demonstrates }));
      return { items };
    },

    async putDevSettings({ body }) {
      deps.state().devSettings = { ...body };
      deps.changed();
      return { ...body };
    },
  };
}
