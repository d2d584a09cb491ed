import { describe, expect, it } from 'vitest';
import { auditActivities } from '@/api';
import { checkEligibility, isAdmin, isOnPremises, usableMethods } from './eligibility';
import { verifySecret } from '../rules/crypto';
import { createSeedState, personas } from '../store/seed';
import type { PortalState, StoredUser } from '../store/state';

const now = Date.parse('2026-03-02T09:00:00.000Z');
// Seeding hashes the personas' passwords: tests ask for a low cost (ADR 0004).
const hashIterations = 1_000;

function persona(state: PortalState, upn: string): StoredUser {
  const user = state.users.get(state.userIdsByUpn.get(upn) ?? '');
  if (!user) throw new Error(`no persona ${upn}`);
  return user;
}

describe('the seed', () => {
  it('Seed: every audit row is an activity the contract names', async () => {
    const state = await createSeedState({ generatedUsers: 200, now, hashIterations });
    const known = new Set<string>(auditActivities);
    expect(state.audit.length).toBeGreaterThan(0);
    expect([...new Set(state.audit.map((row) => row.activity))].filter((activity) => !known.has(activity))).toEqual([]);
  });

  it('Seed: pausing between its parts, as the demo page does, changes nothing of the state', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
      // A turn of the event loop, as in the page.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    const paused = await createSeedState({ generatedUsers: 700, now, hashIterations, pause });
    const straight = await createSeedState({ generatedUsers: 700, now, hashIterations });
    // 700 users in parts of 300 and 90 days in parts of 30.
    expect(pauses).toBe(3 + 3);
    expect(paused).toEqual(straight);
  });

  it('Seed: every reset row of the history has a reason (API.md)', async () => {
    const state = await createSeedState({ generatedUsers: 200, now, hashIterations });
    expect(state.reports.resets.length).toBeGreaterThan(0);
    expect(state.reports.resets.filter((row) => row.reason === null)).toEqual([]);
  });

  it('Seed: a persona for every rule', async () => {
    const state = await createSeedState({ generatedUsers: 0, now, hashIterations });
    const outcome = (upn: string) => checkEligibility(state, persona(state, upn));
    expect(outcome('adele@contoso.com')).toBeNull();
    expect(outcome('nestor@contoso.com')).toBe('not_registered');
    expect(persona(state, 'lynne@contoso.com')).toMatchObject({ source: 'hashSync', lockedOut: true });
    expect(outcome('lynne@contoso.com')).toBeNull();
    expect(isOnPremises(persona(state, 'grady@contoso.com'))).toBe(true);
    expect(outcome('grady@contoso.com')).toBe('not_licensed');
    expect(outcome('pradeep@contoso.com')).toBe('not_licensed');
    expect(isAdmin(persona(state, 'megan@contoso.com'))).toBe(true);
    expect(usableMethods(state, persona(state, 'megan@contoso.com'))).toHaveLength(1);
    expect(outcome('megan@contoso.com')).toBe('not_registered');
    expect(persona(state, 'alex@contoso.com').lastConfirmedAt).toBeLessThan(now - state.policy.reconfirmDays * 86_400_000);
    expect(outcome('diego@contoso.com')).toBe('not_in_group');
    expect(usableMethods(state, persona(state, 'isaiah@contoso.com'))).toEqual(['officePhone', 'questions']);
    expect(persona(state, 'johanna@contoso.com').contact.authenticationPhone).toBeNull();
    expect(outcome('johanna@contoso.com')).toBeNull();
    expect(usableMethods(state, persona(state, 'lee@contoso.com'))).toEqual(['email', 'mobilePhone', 'app']);
    expect(outcome('irvin@contoso.com')).toBeNull();
    expect(outcome('miriam@contoso.com')).toBe('not_registered');
    expect(persona(state, 'christie@contoso.com').accountEnabled).toBe(false);
    expect(outcome('christie@contoso.com')).toBe('sspr_disabled');
    expect(persona(state, 'admin@contoso.com').roles).toEqual(['globalAdministrator']);
    expect(outcome('admin@contoso.com')).toBeNull();
    state.policy.onPremises.writeback = false;
    expect(outcome('joni@contoso.com')).toBe('writeback_disabled');
    state.policy.methodsRequired = 2;
    expect(outcome('lee@contoso.com')).toBeNull();
    expect(outcome('adele@contoso.com')).toBeNull();
  });

  it('Seed: every persona password is the one listed', async () => {
    const state = await createSeedState({ generatedUsers: 0, now, hashIterations });
    for (const { userPrincipalName, password } of personas) {
      const hash = persona(state, userPrincipalName).passwordHash ?? '';
      expect(await verifySecret(password, hash), userPrincipalName).toBe(true);
    }
    expect(personas.find((p) => p.userPrincipalName === 'admin@contoso.com')?.password).toBe('Admin-Demo-2026!');
  });

  it('Seed: Contoso, the group "SSPR Pilot" with a nested group, generated users and 90 days of history', async () => {
    const state = await createSeedState({ generatedUsers: 300, now, hashIterations });
    expect(state.organization.name).toBe('Contoso');
    const pilot = [...state.groups.values()].find((group) => group.name === 'SSPR Pilot');
    expect(pilot?.memberGroupIds.length).toBeGreaterThan(0);
    expect(state.policy.groupId).toBe(pilot?.id);
    expect(state.users.size).toBe(300 + personas.length);
    const oldest = state.reports.resets[0]?.occurredAt ?? '';
    expect(oldest >= new Date(now - 90 * 86_400_000).toISOString()).toBe(true);
    expect(oldest < new Date(now - 80 * 86_400_000).toISOString()).toBe(true);
    expect(state.reports.registrations.length).toBeGreaterThan(90);
    expect(state.audit.length).toBeGreaterThan(state.reports.resets.length);
    const sorted = state.audit.map((row) => row.occurredAt);
    expect([...sorted].sort()).toEqual(sorted);
  });

  it('Seed: the same seed and now give the same state', async () => {
    const a = await createSeedState({ generatedUsers: 100, now, hashIterations });
    const b = await createSeedState({ generatedUsers: 100, now, hashIterations });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = await createSeedState({ generatedUsers: 100, now, seed: 7, hashIterations });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });
});
