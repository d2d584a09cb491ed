import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf, type BackendKit } from '../testing/backend-fixture';
import type { RequestContext } from './operations';
import { checkPassword } from '../rules/passwords';


async function adminKit(): Promise<{ kit: BackendKit; admin: RequestContext }> {
  const kit = await createBackendKit();
  return { kit, admin: await kit.as('admin@contoso.com') };
}

function userId(kit: BackendKit, upn: string): string {
  return kit.backend.deps.state().userIdsByUpn.get(upn) ?? '';
}

describe('admin access and the policy', () => {
  it('Admin: people without an admin role get 403 forbidden, no session 401', async () => {
    const kit = await createBackendKit();
    const adele = await kit.as('adele@contoso.com');
    expect(await problemOf(kit.backend.operations.getPolicy(none, adele))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await problemOf(kit.backend.operations.getPolicy(none, { token: null }))).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('Policy: the seed is PRODUCT.md’s seed column', async () => {
    const { kit, admin } = await adminKit();
    const policy = await kit.backend.operations.getPolicy(none, admin);
    expect(policy).toMatchObject({
      enablement: 'selected',
      groupId: 'grp-sspr-pilot',
      methodsRequired: 1,
      methodsAllowed: ['email', 'mobilePhone', 'officePhone', 'appCode', 'securityQuestions'],
      questions: { registerCount: 3, resetCount: 3, custom: [] },
      requireRegistrationOnSignIn: true,
      reconfirmDays: 180,
      captcha: true,
      enumerationProtection: true,
    });
  });

  it('Policy: an out-of-range or contradictory policy is refused with 422 validation_failed', async () => {
    const { kit, admin } = await adminKit();
    const policy = await kit.backend.operations.getPolicy(none, admin);
    const problem = await problemOf(
      kit.backend.operations.putPolicy({ ...none, body: { ...policy, reconfirmDays: 731, methodsAllowed: ['appCode'] } }, admin),
    );
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(problem.violations?.map((violation) => violation.field)).toContain('reconfirmDays');
    await expect(kit.backend.operations.getPolicy(none, admin)).resolves.toEqual(policy);
  });

  it('Policy: a saved policy applies at once and is audited', async () => {
    const { kit, admin } = await adminKit();
    const policy = await kit.backend.operations.getPolicy(none, admin);
    await kit.backend.operations.putPolicy({ ...none, body: { ...policy, enablement: 'all' } }, admin);
    const diego = await kit.backend.operations.devSignIn({ ...none, body: { userId: 'diego@contoso.com' } }, { token: null });
    expect(diego.registrationPrompt).toBeNull();
    expect(kit.backend.deps.state().audit.at(-1)).toMatchObject({ activity: 'updatePolicy', actor: 'admin@contoso.com' });
  });

  it('Branding: an image from an unsafe source is refused', async () => {
    const { kit, admin } = await adminKit();
    const saved = await kit.backend.operations.getAdminBranding(none, admin);
    const problem = await problemOf(
      kit.backend.operations.putAdminBranding({ ...none, body: { ...saved, logo: { light: 'javascript:alert(1)', dark: null } } }, admin),
    );
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
  });
});

describe('the directory', () => {
  it('Users: search by user ID or display name, with filters and cursor paging', async () => {
    const { kit, admin } = await adminKit();
    const { listUsers } = kit.backend.operations;
    const byName = await listUsers({ ...none, query: { query: 'VANCE', limit: 50 } }, admin);
    expect(byName.items.map((user) => user.userPrincipalName)).toEqual(['adele@contoso.com']);
    const locked = await listUsers({ ...none, query: { filter: 'lockedOut', query: 'lynne', limit: 50 } }, admin);
    expect(locked.total).toBe(1);
    const notRegistered = await listUsers({ ...none, query: { filter: 'notRegistered', query: '@contoso.com', limit: 200 } }, admin);
    expect(notRegistered.items.map((user) => user.userPrincipalName)).toContain('nestor@contoso.com');
    expect(notRegistered.items.map((user) => user.userPrincipalName)).not.toContain('adele@contoso.com');

    const first = await listUsers({ ...none, query: { limit: 20 } }, admin);
    expect(first.items).toHaveLength(20);
    const second = await listUsers({ ...none, query: { limit: 20, cursor: first.nextCursor ?? undefined } }, admin);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    const ids = new Set([...first.items, ...second.items].map((user) => user.id));
    expect(ids.size).toBe(40);
    expect(first.total).toBe(second.total);
  });

  it('Users: filters by licence and source', async () => {
    const { kit, admin } = await adminKit();
    const page = await kit.backend.operations.listUsers({ ...none, query: { source: 'hashSync', license: 'entraP1', limit: 200 } }, admin);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((user) => user.source === 'hashSync' && user.licenses.includes('entraP1'))).toBe(true);
  });

  it('Users: a duplicate userPrincipalName is 409 conflict', async () => {
    const { kit, admin } = await adminKit();
    const problem = await problemOf(kit.backend.operations.createUser({ ...none, body: userBody('ADELE@contoso.com') }, admin));
    expect(problem).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('Users: create with a password that is checked, then sign in', async () => {
    const { kit, admin } = await adminKit();
    const weak = await problemOf(kit.backend.operations.createUser({ ...none, body: { ...userBody('new.person@contoso.com'), password: 'short' } }, admin));
    expect(weak).toMatchObject({ status: 422, code: 'password_policy' });
    const created = await kit.backend.operations.createUser({ ...none, body: { ...userBody('new.person@contoso.com'), password: 'Quiet-Harbour-Lamp-42' } }, admin);
    expect(created).toMatchObject({ userPrincipalName: 'new.person@contoso.com', registeredMethods: [], lastConfirmedAt: null });
    const found = await kit.backend.operations.listUsers({ ...none, query: { query: 'new.person', limit: 5 } }, admin);
    expect(found.total).toBe(1);
    await expect(
      kit.backend.operations.signIn({ ...none, body: { userId: 'new.person@contoso.com', password: 'Quiet-Harbour-Lamp-42' } }, { token: null }),
    ).resolves.toMatchObject({ registrationPrompt: { reason: 'not_registered' } });
  });

  it('Users: contact data is stored as given; data that is not well-formed simply does not count', async () => {
    const { kit, admin } = await adminKit();
    const id = userId(kit, 'nestor@contoso.com');
    const patched = await kit.backend.operations.patchUser({ ...none, params: { id }, body: { contact: { mobilePhone: '06 1234', alternateEmail: 'nestor@fabrikam.com' } } }, admin);
    expect(patched.contact).toMatchObject({ mobilePhone: '06 1234', alternateEmail: 'nestor@fabrikam.com' });
    expect(patched.registeredMethods).toEqual(['email']);
  });

  it('Users: renaming keeps search right and a taken user ID is 409', async () => {
    const { kit, admin } = await adminKit();
    const id = userId(kit, 'nestor@contoso.com');
    await kit.backend.operations.listUsers({ ...none, query: { query: 'nestor', limit: 5 } }, admin);
    await kit.backend.operations.patchUser({ ...none, params: { id }, body: { displayName: 'Nestor Wilke-Jansen', userPrincipalName: 'nestor.wj@contoso.com' } }, admin);
    const found = await kit.backend.operations.listUsers({ ...none, query: { query: 'wilke-jansen', limit: 5 } }, admin);
    expect(found.items.map((user) => user.userPrincipalName)).toEqual(['nestor.wj@contoso.com']);
    expect(await problemOf(kit.backend.operations.patchUser({ ...none, params: { id }, body: { userPrincipalName: 'adele@contoso.com' } }, admin))).toMatchObject({ status: 409 });
  });

  it('Users: get, delete and unknown ids', async () => {
    const { kit, admin } = await adminKit();
    const id = userId(kit, 'diego@contoso.com');
    await expect(kit.backend.operations.getUser({ ...none, params: { id } }, admin)).resolves.toMatchObject({ displayName: 'Diego Siciliani' });
    await kit.backend.operations.deleteUser({ ...none, params: { id } }, admin);
    expect(await problemOf(kit.backend.operations.getUser({ ...none, params: { id } }, admin))).toMatchObject({ status: 404, code: 'not_found' });
    const found = await kit.backend.operations.listUsers({ ...none, query: { query: 'diego', limit: 5 } }, admin);
    expect(found.total).toBe(0);
  });

  it('Users: unlock clears an on-premises lockout', async () => {
    const { kit, admin } = await adminKit();
    const user = await kit.backend.operations.unlockUser({ ...none, params: { id: userId(kit, 'lynne@contoso.com') } }, admin);
    expect(user.lockedOut).toBe(false);
    expect(kit.backend.deps.state().audit.at(-1)).toMatchObject({ activity: 'unlockUser', target: 'lynne@contoso.com' });
  });

  it('Users: an admin reset gives a temporary password that passes the rules, notifies the admins and is audited', async () => {
    const { kit, admin } = await adminKit();
    const { temporaryPassword } = await kit.backend.operations.adminResetPassword({ ...none, params: { id: userId(kit, 'lynne@contoso.com') } }, admin);
    expect(checkPassword(temporaryPassword, { customTerms: [], enforceCustom: false, personalTerms: ['Lynne', 'Robbins', 'Contoso'] })).toEqual([]);
    const state = kit.backend.deps.state();
    expect(state.users.get(userId(kit, 'lynne@contoso.com'))?.lockedOut).toBe(false);
    expect(state.outbox.at(-1)).toMatchObject({ channel: 'email', subject: 'Password reset for lynne@contoso.com' });
    expect(state.audit.at(-1)).toMatchObject({ activity: 'adminResetPassword' });
    await expect(
      kit.backend.operations.signIn({ ...none, body: { userId: 'lynne@contoso.com', password: temporaryPassword } }, { token: null }),
    ).resolves.toBeTruthy();
  });

  it('Users: no admin notice when notifyAdminsOnAdminReset is off', async () => {
    const { kit, admin } = await adminKit();
    kit.backend.deps.state().policy.notifyAdminsOnAdminReset = false;
    const before = kit.backend.deps.state().outbox.length;
    await kit.backend.operations.adminResetPassword({ ...none, params: { id: userId(kit, 'adele@contoso.com') } }, admin);
    expect(kit.backend.deps.state().outbox.length).toBe(before);
  });

  it('Groups: memberCount counts members of nested groups', async () => {
    const { kit, admin } = await adminKit();
    const { items } = await kit.backend.operations.listGroups(none, admin);
    const pilot = items.find((group) => group.name === 'SSPR Pilot');
    const wave2 = items.find((group) => group.id === 'grp-sspr-pilot-wave-2');
    const state = kit.backend.deps.state();
    const direct = [...state.users.values()].filter((user) => user.groupIds.includes('grp-sspr-pilot')).length;
    expect(wave2?.memberCount).toBeGreaterThan(0);
    expect(pilot?.memberCount).toBe(direct + (wave2?.memberCount ?? 0));
  });
});

function userBody(userPrincipalName: string) {
  return {
    userPrincipalName,
    displayName: 'New Person',
    givenName: 'New',
    surname: 'Person',
    source: 'cloud' as const,
    licenses: ['entraP1' as const],
    groupIds: ['grp-sspr-pilot'],
    roles: [],
    accountEnabled: true,
    lockedOut: false,
    contact: {},
  };
}

describe('the CSV import of contact data', () => {
  const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

  it('Import: validate answers each row; line numbers count the header as 1; unknown users and bad values are row errors', async () => {
    const { kit, admin } = await adminKit();
    const csv = [header, 'nestor@contoso.com,,nestor@fabrikam.com,,+1 425 555 0150,', 'nobody@contoso.com,,,,,', 'adele@contoso.com,not-an-email,,,425 555,'].join('\n');
    const result = await kit.backend.operations.importAuthData({ ...none, query: { mode: 'validate' }, body: csv }, admin);
    expect(result.applied).toBe(0);
    expect(result.rows.map((row) => [row.line, row.userId, row.ok])).toEqual([
      [2, 'nestor@contoso.com', true],
      [3, 'nobody@contoso.com', false],
      [4, 'adele@contoso.com', false],
    ]);
    expect(result.rows[1]?.violations).toEqual([{ code: 'unknown_user', field: 'userPrincipalName', params: { userPrincipalName: 'nobody@contoso.com' } }]);
    expect(result.rows[2]?.violations.map((violation) => violation.field)).toEqual(['authenticationEmail', 'mobilePhone']);
    expect(kit.backend.deps.state().users.get(userId(kit, 'nestor@contoso.com'))?.contact.mobilePhone).toBeNull();
  });

  it('Import: an apply with any bad row changes nothing and answers 422 with the rows', async () => {
    const { kit, admin } = await adminKit();
    const csv = [header, 'nestor@contoso.com,,,,+1 425 555 0150,', 'nobody@contoso.com,,,,,'].join('\n');
    const problem = await problemOf(kit.backend.operations.importAuthData({ ...none, query: { mode: 'apply' }, body: csv }, admin));
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(problem.rows?.map((row) => row.ok)).toEqual([true, false]);
    expect(kit.backend.deps.state().users.get(userId(kit, 'nestor@contoso.com'))?.contact.mobilePhone).toBeNull();
  });

  it('Import: an apply changes the users; an empty cell leaves the field as it is', async () => {
    const { kit, admin } = await adminKit();
    const csv = 'userPrincipalName,mobilePhone,authenticationEmail\r\nnestor@contoso.com,+1 425 555 0150,\r\nadele@contoso.com,,\r\n';
    const result = await kit.backend.operations.importAuthData({ ...none, query: { mode: 'apply' }, body: csv }, admin);
    expect(result.applied).toBe(1);
    const state = kit.backend.deps.state();
    expect(state.users.get(userId(kit, 'nestor@contoso.com'))?.contact.mobilePhone).toBe('+1 425 555 0150');
    expect(state.users.get(userId(kit, 'adele@contoso.com'))?.contact.authenticationEmail).toBe('adele.vance@fabrikam.com');
  });

  it('Import: an optional preferredLanguage column sets the language (any case); an unknown tag is a clear row error', async () => {
    const { kit, admin } = await adminKit();
    const bad = 'userPrincipalName,preferredLanguage\nnestor@contoso.com,pt-br\nadele@contoso.com,klingon\n';
    const checked = await kit.backend.operations.importAuthData({ ...none, query: { mode: 'validate' }, body: bad }, admin);
    expect(checked.rows.map((row) => row.ok)).toEqual([true, false]);
    expect(checked.rows[1]?.violations).toEqual([
      { code: 'invalid_language', field: 'preferredLanguage', params: { value: 'klingon', expected: expect.stringContaining('pt-BR') } },
    ]);
    const result = await kit.backend.operations.importAuthData({ ...none, query: { mode: 'apply' }, body: 'userPrincipalName,preferredLanguage\nnestor@contoso.com,pt-br\n' }, admin);
    expect(result.applied).toBe(1);
    expect(kit.backend.deps.state().users.get(userId(kit, 'nestor@contoso.com'))?.preferredLanguage).toBe('pt-BR');
  });

  it('Import: a record the CSV parser cannot read is a row error too', async () => {
    const { kit, admin } = await adminKit();
    const csv = [header, 'nestor@contoso.com,"unterminated,,,,', 'adele@contoso.com,,,,,'].join('\n');
    const result = await kit.backend.operations.importAuthData({ ...none, query: { mode: 'validate' }, body: csv }, admin);
    expect(result.rows.some((row) => !row.ok && row.violations.some((violation) => violation.code === 'malformed_row'))).toBe(true);
  });

  it('Import: the header line is required', async () => {
    const { kit, admin } = await adminKit();
    const problem = await problemOf(kit.backend.operations.importAuthData({ ...none, query: { mode: 'validate' }, body: 'nestor@contoso.com,+1 425 555 0150\n' }, admin));
    expect(problem).toMatchObject({ status: 422, code: 'validation_failed', violations: [{ code: 'missing_header' }] });
    const unknown = await problemOf(kit.backend.operations.importAuthData({ ...none, query: { mode: 'validate' }, body: 'userPrincipalName,pager\n' }, admin));
    expect(unknown.violations).toEqual([{ code: 'unknown_column', field: 'header.1', params: { column: 'pager' } }]);
  });
});
