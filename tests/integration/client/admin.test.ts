import { describe, expect, it } from 'vitest';
import type { ApiClient, Branding, Policy } from '@/api';
import { expectProblem, useMockBackend } from '../harness';
import { areas } from './areas';

const mock = await useMockBackend();
const api = mock.anonymous;
const csvHeader = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

async function userId(admin: ApiClient, userPrincipalName: string): Promise<string> {
  const { items } = await admin.call('listUsers', { query: { query: userPrincipalName } });
  const user = items.find((candidate) => candidate.userPrincipalName === userPrincipalName);
  if (!user) throw new Error(`${userPrincipalName} is not in the directory`);
  return user.id;
}

/** One valid call per admin endpoint, so 401 and 403 are the only thing wrong with it. */
function adminCalls(policy: Policy, branding: Branding, id: string): Record<(typeof areas.admin)[number], (client: ApiClient) => Promise<unknown>> {
  return {
    getPolicy: (client) => client.call('getPolicy'),
    putPolicy: (client) => client.call('putPolicy', { body: policy }),
    getAdminBranding: (client) => client.call('getAdminBranding'),
    putAdminBranding: (client) => client.call('putAdminBranding', { body: branding }),
    deleteAdminBranding: (client) => client.call('deleteAdminBranding'),
    listUsers: (client) => client.call('listUsers', { query: {} }),
    createUser: (client) => client.call('createUser', { body: { userPrincipalName: 'new.person@contoso.com', displayName: 'New Person' } }),
    getUser: (client) => client.call('getUser', { params: { id } }),
    patchUser: (client) => client.call('patchUser', { params: { id }, body: { displayName: 'Renamed' } }),
    deleteUser: (client) => client.call('deleteUser', { params: { id } }),
    unlockUser: (client) => client.call('unlockUser', { params: { id } }),
    adminResetPassword: (client) => client.call('adminResetPassword', { params: { id } }),
    importAuthData: (client) => client.call('importAuthData', { query: { mode: 'validate' }, body: `${csvHeader}\r\n` }),
    listGroups: (client) => client.call('listGroups'),
    getReportSummary: (client) => client.call('getReportSummary', { query: {} }),
    listRegistrations: (client) => client.call('listRegistrations', { query: {} }),
    listResets: (client) => client.call('listResets', { query: {} }),
    listAudit: (client) => client.call('listAudit', { query: {} }),
    getRollout: (client) => client.call('getRollout'),
    sendAnnouncement: (client) => client.call('sendAnnouncement', { body: { subject: 'Hello', body: 'Register' } }),
    putRolloutReminder: (client) => client.call('putRolloutReminder', { body: { subject: 'Hello', body: 'Register', afterDays: 3 } }),
    deleteRolloutReminder: (client) => client.call('deleteRolloutReminder'),
  };
}

describe('the admin API through the typed client', () => {
  it('answers 401 without a session and 403 to a person without an admin role, on every admin endpoint', async () => {
    const admin = await mock.admin();
    const calls = adminCalls(await admin.call('getPolicy'), await admin.call('getAdminBranding'), await userId(admin, 'lynne@contoso.com'));
    const adele = await mock.as('adele@contoso.com');
    for (const [name, call] of Object.entries(calls)) {
      await expectProblem(call(api), 'unauthenticated').catch((error: unknown) => {
        throw new Error(`${name}: ${String(error)}`);
      });
      await expectProblem(call(adele), 'forbidden').catch((error: unknown) => {
        throw new Error(`${name}: ${String(error)}`);
      });
    }
  });

  it('lets any admin role in, not only the global admin', async () => {
    const megan = await mock.as('megan@contoso.com');
    expect((await megan.call('listGroups')).items.map((group) => group.name)).toContain('SSPR Pilot');
  });

  it('reads and replaces the policy, refusing ranges and combinations it does not allow', async () => {
    const admin = await mock.admin();
    const policy = await admin.call('getPolicy');
    expect(policy).toMatchObject({ enablement: 'selected', methodsRequired: 1, reconfirmDays: 180, captcha: true, enumerationProtection: true });
    const saved = await admin.call('putPolicy', { body: { ...policy, reconfirmDays: 90 } });
    expect(saved.reconfirmDays).toBe(90);
    expect((await admin.call('getPolicy')).reconfirmDays).toBe(90);
    const refused = await expectProblem(
      admin.call('putPolicy', { body: { ...policy, reconfirmDays: 731, questions: { ...policy.questions, resetCount: 5, registerCount: 3 } } }),
      'validation_failed',
    );
    expect(refused.violations.map((violation) => violation.field)).toEqual(expect.arrayContaining(['reconfirmDays']));
    expect((await admin.call('getPolicy')).reconfirmDays).toBe(90);
  });

  it('saves branding that the public branding then shows, refuses unsafe values, and goes back to the defaults', async () => {
    const admin = await mock.admin();
    const branding = await admin.call('getAdminBranding');
    const saved = await admin.call('putAdminBranding', { body: { ...branding, organizationName: 'Fabrikam', brandColor: '#0f6cbd' } });
    expect(saved.organizationName).toBe('Fabrikam');
    expect(await api.call('getBranding')).toMatchObject({ organizationName: 'Fabrikam', customized: true });
    await expectProblem(
      admin.call('putAdminBranding', { body: { ...branding, logo: { light: 'http://insecure.example/logo.png', dark: null } } }),
      'validation_failed',
    );
    await admin.call('deleteAdminBranding');
    expect(await api.call('getBranding')).toMatchObject({ organizationName: 'Contoso', customized: false });
  });

  it('takes any of the portal’s languages as the default, and answers an unknown one with the field and the languages it takes', async () => {
    const admin = await mock.admin();
    const branding = await admin.call('getAdminBranding');
    const saved = await admin.call('putAdminBranding', { body: { ...branding, defaultLanguage: 'ja', footerLinks: [{ label: { ja: 'プライバシー' }, url: 'https://www.contoso.com/privacy' }] } });
    expect(saved).toMatchObject({ defaultLanguage: 'ja', footerLinks: [{ label: { ja: 'プライバシー' } }] });
    expect(await api.call('getBranding')).toMatchObject({ defaultLanguage: 'ja', customized: true });
    const refused = await expectProblem(admin.call('putAdminBranding', { body: { ...branding, defaultLanguage: 'tlh' as Branding['defaultLanguage'] } }), 'invalid_request');
    expect(refused.violations).toEqual([
      { code: 'invalid_value', field: 'defaultLanguage', params: { allowed: 'en|nl|de|fr|es|it|pt-BR|pl|sv|ja|zh-Hans|ar' } },
    ]);
  });

  it('searches and pages the directory', async () => {
    const admin = await mock.admin();
    const first = await admin.call('listUsers', { query: { limit: 2 } });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThan(10);
    expect(first.nextCursor).not.toBeNull();
    const second = await admin.call('listUsers', { query: { limit: 2, cursor: first.nextCursor ?? undefined } });
    expect(second.items.map((user) => user.id)).not.toContain(first.items[0]?.id);
    const locked = await admin.call('listUsers', { query: { filter: 'lockedOut' } });
    expect(locked.items.map((user) => user.userPrincipalName)).toContain('lynne@contoso.com');
    expect(locked.items.every((user) => user.lockedOut)).toBe(true);
  });

  it('creates a user who can then sign in, and refuses a duplicate, a bad user ID and a weak password', async () => {
    const admin = await mock.admin();
    const created = await admin.call('createUser', {
      body: { userPrincipalName: 'new.person@contoso.com', displayName: 'New Person', licenses: ['entraP1'], password: 'Harbour-Lantern-42!' },
    });
    expect(created).toMatchObject({ userPrincipalName: 'new.person@contoso.com', source: 'cloud', lockedOut: false });
    expect(await admin.call('getUser', { params: { id: created.id } })).toEqual(created);
    await api.call('signIn', { body: { userId: 'new.person@contoso.com', password: 'Harbour-Lantern-42!' } });
    await expectProblem(admin.call('createUser', { body: { userPrincipalName: 'ADELE@contoso.com', displayName: 'Again' } }), 'conflict');
    await expectProblem(admin.call('createUser', { body: { userPrincipalName: 'no at sign', displayName: 'Bad' } }), 'validation_failed');
    await expectProblem(
      admin.call('createUser', { body: { userPrincipalName: 'weak@contoso.com', displayName: 'Weak', password: 'short' } }),
      'password_policy',
    );
  });

  it('edits, unlocks, resets and deletes a user, and answers 404 for one that is not there', async () => {
    const admin = await mock.admin();
    const id = await userId(admin, 'lynne@contoso.com');
    expect((await admin.call('patchUser', { params: { id }, body: { displayName: 'Lynne R.' } })).displayName).toBe('Lynne R.');
    await expectProblem(admin.call('patchUser', { params: { id }, body: { userPrincipalName: 'adele@contoso.com' } }), 'conflict');
    await expectProblem(admin.call('patchUser', { params: { id }, body: { groupIds: ['no-such-group'] } }), 'validation_failed');
    expect((await admin.call('unlockUser', { params: { id } })).lockedOut).toBe(false);
    const { temporaryPassword } = await admin.call('adminResetPassword', { params: { id } });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    await api.call('signIn', { body: { userId: 'lynne@contoso.com', password: temporaryPassword } });
    await admin.call('deleteUser', { params: { id } });
    const params = { id };
    await expectProblem(admin.call('getUser', { params }), 'not_found');
    await expectProblem(admin.call('patchUser', { params, body: { displayName: 'Gone' } }), 'not_found');
    await expectProblem(admin.call('deleteUser', { params }), 'not_found');
    await expectProblem(admin.call('unlockUser', { params }), 'not_found');
    await expectProblem(admin.call('adminResetPassword', { params }), 'not_found');
  });

  it('validates a CSV of contact data, applies it only when every row is good, and refuses one over 1 MB', async () => {
    const admin = await mock.admin();
    const good = `${csvHeader}\r\nnestor@contoso.com,nestor.w@fabrikam.com,,,+1 425 555 0188,\r\n`;
    const checked = await admin.call('importAuthData', { query: { mode: 'validate' }, body: good });
    expect(checked).toEqual({ rows: [{ line: 2, userId: 'nestor@contoso.com', ok: true, violations: [] }], applied: 0 });

    const bad = `${good}nobody@contoso.com,,,,,\r\nadele@contoso.com,not-an-address,,,,\r\n`;
    const refused = await expectProblem(admin.call('importAuthData', { query: { mode: 'apply' }, body: bad }), 'validation_failed');
    expect(refused.rows.filter((row) => !row.ok).map((row) => row.line)).toEqual([3, 4]);
    const nestorId = await userId(admin, 'nestor@contoso.com');
    expect((await admin.call('getUser', { params: { id: nestorId } })).contact.authenticationEmail).toBeNull();

    expect((await admin.call('importAuthData', { query: { mode: 'apply' }, body: good })).applied).toBe(1);
    expect((await admin.call('getUser', { params: { id: nestorId } })).contact).toMatchObject({
      authenticationEmail: 'nestor.w@fabrikam.com',
      mobilePhone: '+1 425 555 0188',
    });

    const huge = `${csvHeader}\r\n${'adele@contoso.com,,,,,\r\n'.repeat(50_000)}`;
    await expectProblem(admin.call('importAuthData', { query: { mode: 'validate' }, body: huge }), 'payload_too_large');
  });

  it('CSV import: an empty cell leaves that field as it is, a filled one replaces it', async () => {
    const admin = await mock.admin();
    const adeleId = await userId(admin, 'adele@contoso.com');
    const before = (await admin.call('getUser', { params: { id: adeleId } })).contact;
    expect(before.authenticationEmail).not.toBeNull();
    const result = await admin.call('importAuthData', { query: { mode: 'apply' }, body: `${csvHeader}\r\nadele@contoso.com,,,,+1 425 555 0199,\r\n` });
    expect(result).toEqual({ rows: [{ line: 2, userId: 'adele@contoso.com', ok: true, violations: [] }], applied: 1 });
    expect((await admin.call('getUser', { params: { id: adeleId } })).contact).toEqual({ ...before, mobilePhone: '+1 425 555 0199' });
  });

  it('lists the groups', async () => {
    const admin = await mock.admin();
    const { items } = await admin.call('listGroups');
    expect(items.find((group) => group.name === 'SSPR Pilot')?.memberCount).toBeGreaterThan(0);
  });

  it('reports the last 30 days by default, as JSON and as CSV', async () => {
    const admin = await mock.admin();
    const summary = await admin.call('getReportSummary', { query: {} });
    expect(summary.to).toBe('2026-03-02');
    expect(summary.totalUsers).toBeGreaterThan(10);

    const registrations = await admin.call('listRegistrations', { query: { limit: 5 } });
    expect(registrations.items.length).toBeLessThanOrEqual(5);
    expect(registrations.total).toBeGreaterThan(0);
    const resets = await admin.call('listResets', { query: { result: 'succeeded' } });
    expect(resets.items.every((row) => row.result === 'succeeded')).toBe(true);
    const audit = await admin.call('listAudit', { query: { from: '2026-02-01', to: '2026-03-02' } });
    expect(audit.total).toBeGreaterThan(0);

    const csv = await admin.csv('listResets', { query: {} });
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toContain('occurredAt');
    expect(lines.length).toBe((await admin.call('listResets', { query: {} })).total);
    expect(await admin.csv('listRegistrations', { query: {} })).toContain('userPrincipalName');
    expect(await admin.csv('listAudit', { query: {} })).toContain('activity');
  });

  it('Reports: the range is inclusive at both ends and defaults to the last 30 days, today included', async () => {
    const admin = await mock.admin();
    expect(await admin.call('getReportSummary', { query: {} })).toMatchObject({ from: '2026-02-01', to: '2026-03-02' });
    await admin.call('putPolicy', { body: { ...(await admin.call('getPolicy')), captcha: false } });
    await api.call('startReset', { body: { userId: 'nobody.at.all@contoso.com' } });
    const today = await admin.call('listResets', { query: { from: '2026-03-02', to: '2026-03-02' } });
    expect(today.items.map((row) => row.userPrincipalName)).toContain('nobody.at.all@contoso.com');
    const yesterday = await admin.call('listResets', { query: { from: '2026-03-01', to: '2026-03-01' } });
    expect(yesterday.items.map((row) => row.userPrincipalName)).not.toContain('nobody.at.all@contoso.com');
  });

  it('Reports: a range whose from is after its to is a 400 naming from', async () => {
    const admin = await mock.admin();
    const error = await admin
      .call('listResets', { query: { from: '2026-03-02', to: '2026-03-01' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(error).toHaveProperty('violations', [expect.objectContaining({ field: 'from' })]);
  });

  it('Reports: a reset flow nobody touches again is reported abandoned once it expires', async () => {
    const admin = await mock.admin();
    await admin.call('putPolicy', { body: { ...(await admin.call('getPolicy')), captcha: false } });
    await api.call('startReset', { body: { userId: 'adele@contoso.com' } });
    const abandonedToday = async () =>
      (await admin.call('listResets', { query: { from: '2026-03-02', result: 'abandoned' } })).items.filter((row) => row.userPrincipalName === 'adele@contoso.com');
    expect(await abandonedToday()).toHaveLength(0);
    await api.call('advanceClock', { body: { advanceSeconds: 15 * 60 } });
    expect(await abandonedToday()).toMatchObject([{ result: 'abandoned', reason: 'flow_expired' }]);
    expect((await admin.call('getReportSummary', { query: {} })).resets.abandoned).toBeGreaterThan(0);
    expect(await abandonedToday()).toHaveLength(1);
  });

  it('Rollout: the announcement goes out in batches to the outbox, a reminder is scheduled and cancelled', async () => {
    const admin = await mock.admin();
    const before = await admin.call('getRollout');
    expect(before.steps.registration.state).not.toBe('notStarted');
    const batch = await admin.call('sendAnnouncement', { body: { subject: 'Set up reset', body: 'Register now', limit: 1 } });
    expect(batch).toEqual({ sent: 1, skipped: 0, remaining: before.pendingRecipients - 1 });
    expect((await api.call('getOutbox', { query: {} })).items.filter((item) => item.subject === 'Set up reset')).toHaveLength(1);
    const reminder = await admin.call('putRolloutReminder', { body: { subject: 'Reminder', body: 'Register now', afterDays: 2 } });
    expect((await admin.call('getRollout')).steps.announce).toMatchObject({ announcedTo: 1, reminder });
    await admin.call('deleteRolloutReminder');
    expect((await admin.call('getRollout')).steps.announce.reminder).toBeNull();
  });

  it('covers every success and error code of its endpoints', async () => {
    expect(await mock.answers.missing(areas.admin)).toEqual([]);
  });
});
