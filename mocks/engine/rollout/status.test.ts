import { describe, expect, it } from 'vitest';
import { emailAndPhone, kitGroups, kitState, kitUser } from '../../testing/state-fixture';
import { rolloutStatus } from './status';

const now = Date.parse('2026-03-02T09:00:00.000Z');
const registered = { contact: { ...emailAndPhone } };

function directory() {
  return kitState([
    kitUser({ id: 'ada', ...registered }),
    kitUser({ id: 'bob' }),
    kitUser({ id: 'cy', licenses: ['free'] }),
    kitUser({ id: 'dee', groupIds: [kitGroups.nested], contact: { ...emailAndPhone, authenticationEmail: null, authenticationPhone: null, mobilePhone: '+1 425 555 0102' } }),
    kitUser({ id: 'eve', groupIds: [kitGroups.other] }),
    kitUser({ id: 'fay', accountEnabled: false }),
  ]);
}

describe('rollout figures', () => {
  it('Figures: in scope counts enabled people the policy covers, nested groups included', () => {
    const { steps } = rolloutStatus(directory(), now);
    expect(steps.enable.inScope).toBe(4);
    expect(steps.scope).toMatchObject({ groupName: 'SSPR Pilot', groupSize: 4, organizationSize: 5, state: 'inProgress' });
  });

  it('Figures: step 2 counts the people in scope without a licence that allows reset', () => {
    expect(rolloutStatus(directory(), now).steps.licences).toMatchObject({ inScope: 4, unlicensed: 1, state: 'inProgress' });
  });

  it('Figures: step 4 counts people with contact data an admin or an import provided', () => {
    expect(rolloutStatus(directory(), now).steps.announce).toMatchObject({ importedContactData: 1, announcedAt: null, enforcedRegistration: true });
  });

  it('Figures: step 5 is the registered share of the people in scope, with a 30-day line ending at it', () => {
    const state = directory();
    state.reports.registrations.push({ id: 'r1', occurredAt: '2026-02-25T10:00:00.000Z', userId: 'ada', userPrincipalName: 'ada@contoso.com', role: 'user', methods: ['email'] });
    const { registration } = rolloutStatus(state, now).steps;
    expect(registration).toMatchObject({ inScope: 4, registered: 2, percent: 50, state: 'inProgress' });
    expect(registration.trend).toHaveLength(30);
    expect(registration.trend.at(-1)).toEqual({ date: '2026-03-02', percent: 50 });
    expect(registration.trend.find((point) => point.date === '2026-02-24')?.percent).toBe(25);
    expect(registration.trend.find((point) => point.date === '2026-02-25')?.percent).toBe(50);
  });

  it('Figures: step 6 counts the last 30 days of resets, the share that succeeded and the top three failure reasons', () => {
    const state = directory();
    const row = (id: string, day: string, result: 'succeeded' | 'failed' | 'blocked', reason: string | null) => ({
      id, occurredAt: `2026-${day}T10:00:00.000Z`, userId: 'ada', userPrincipalName: 'ada@contoso.com', role: 'user' as const, methods: [], result, reason,
    });
    state.reports.resets.push(
      row('old', '01-01', 'failed', 'ancient'),
      row('a', '02-20', 'succeeded', null),
      row('b', '02-21', 'failed', 'invalid_code'),
      row('c', '02-22', 'failed', 'invalid_code'),
      row('d', '02-23', 'blocked', 'too_many_emails'),
      row('e', '02-24', 'failed', 'wrong_answers'),
      row('f', '02-25', 'failed', 'phone_mismatch'),
      row('g', '03-01', 'succeeded', null),
    );
    const { resets } = rolloutStatus(state, now).steps;
    expect(resets).toMatchObject({ total: 7, succeeded: 2, successPercent: 28, state: 'inProgress' });
    expect(resets.topFailureReasons).toEqual([
      { reason: 'invalid_code', count: 2 },
      { reason: 'phone_mismatch', count: 1 },
      { reason: 'too_many_emails', count: 1 },
    ]);
  });
});
