import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf } from '../testing/backend-fixture';

const minute = 60 * 1000;

const change = (currentPassword: string, newPassword: string) => ({ ...none, body: { currentPassword, newPassword } });

describe('changing a known password', () => {
  it('Change: 10 wrong tries lock for 1 minute, growing', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    const { changePassword } = kit.backend.operations;
    for (let i = 0; i < 10; i += 1) {
      expect(await problemOf(changePassword(change('wrong', 'Quiet-Harbour-Lamp-42'), context))).toMatchObject({
        status: 422,
        code: 'password_policy',
        violations: [{ code: 'wrong_current_password' }],
      });
    }
    const locked = await problemOf(changePassword(change('Adele-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context));
    expect(locked).toMatchObject({ status: 429, code: 'throttled', retryAfterSeconds: 60 });
    kit.tick(minute);
    for (let i = 0; i < 10; i += 1) await problemOf(changePassword(change('wrong', 'Quiet-Harbour-Lamp-42'), context));
    expect(await problemOf(changePassword(change('Adele-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context))).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    kit.tick(2 * minute);
    await expect(changePassword(change('Adele-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context)).resolves.toBeUndefined();
  });

  it('Change: the new password must differ from the current one', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    const problem = await problemOf(kit.backend.operations.changePassword(change('Adele-Demo-2026!', 'Adele-Demo-2026!'), context));
    expect(problem.violations).toContainEqual({ code: 'same_as_current' });
  });

  it('Change: on-premises accounts may not reuse one of the last 24 passwords', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('joni@contoso.com');
    const { changePassword } = kit.backend.operations;
    await changePassword(change('Joni-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context);
    const problem = await problemOf(changePassword(change('Quiet-Harbour-Lamp-42', 'Joni-Demo-2026!'), context));
    expect(problem.violations).toContainEqual({ code: 'in_history', params: { count: 24 } });

    // A cloud account has no history rule.
    const adele = await kit.as('adele@contoso.com');
    await changePassword(change('Adele-Demo-2026!', 'Quiet-Harbour-Lamp-42'), adele);
    await expect(changePassword(change('Quiet-Harbour-Lamp-42', 'Adele-Demo-2026!'), adele)).resolves.toBeUndefined();
  });

  it('Change: on-premises accounts without writeback get 403 writeback_disabled', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.onPremises.writeback = false;
    const context = await kit.as('joni@contoso.com');
    const problem = await problemOf(kit.backend.operations.changePassword(change('Joni-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context));
    expect(problem).toMatchObject({ status: 403, code: 'writeback_disabled' });
  });

  it('Change: banned terms, the person’s names and the organisation count against the password', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    const problem = await problemOf(kit.backend.operations.changePassword(change('Adele-Demo-2026!', 'AdeleVance2!'), context));
    expect(problem).toMatchObject({ status: 422, code: 'password_policy' });
    expect(problem.violations?.map((violation) => violation.code)).toContain('banned');
    const organisation = await problemOf(kit.backend.operations.changePassword(change('Adele-Demo-2026!', 'C0nt0so!Vance'), context));
    expect(organisation.violations?.map((violation) => violation.code)).toContain('banned');
  });

  it('Change: success keeps this session, ends the others, and the new password signs in', async () => {
    const kit = await createBackendKit();
    const context = await kit.as('adele@contoso.com');
    const other = await kit.as('adele@contoso.com');
    await kit.backend.operations.changePassword(change('Adele-Demo-2026!', 'Quiet-Harbour-Lamp-42'), context);
    await expect(kit.backend.operations.getMe(none, context)).resolves.toMatchObject({ userPrincipalName: 'adele@contoso.com' });
    expect(await problemOf(kit.backend.operations.getMe(none, other))).toMatchObject({ status: 401 });
    await expect(
      kit.backend.operations.signIn({ ...none, body: { userId: 'adele@contoso.com', password: 'Quiet-Harbour-Lamp-42' } }, { token: null }),
    ).resolves.toMatchObject({ user: { userPrincipalName: 'adele@contoso.com' } });
  });
});

describe('checking a password and the public data', () => {
  it('Check: needs a session or a reset flow', async () => {
    const kit = await createBackendKit();
    const { checkPassword } = kit.backend.operations;
    expect(await problemOf(checkPassword({ ...none, body: { password: 'x' } }, { token: null }))).toMatchObject({ status: 401 });
    expect(await problemOf(checkPassword({ ...none, body: { password: 'x', flowId: 'flow_unknown' } }, { token: null }))).toMatchObject({ status: 404 });
    const context = await kit.as('adele@contoso.com');
    await expect(checkPassword({ ...none, body: { password: 'Quiet-Harbour-Lamp-42' } }, context)).resolves.toMatchObject({ ok: true, violations: [] });
    const weak = await checkPassword({ ...none, body: { password: 'adele' } }, context);
    expect(weak.ok).toBe(false);
    expect(weak.violations).toContainEqual({ code: 'too_short', params: { min: 8, actual: 5 } });
  });

  it('Check: with a reset flow that has passed no gate, the person’s names are not used (it scores like a decoy)', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.captcha = false;
    const ops = kit.backend.operations;
    const real = await ops.startReset({ ...none, body: { userId: 'adele@contoso.com' } }, { token: null });
    const decoy = await ops.startReset({ ...none, body: { userId: 'nobody@contoso.com' } }, { token: null });
    const score = async (flowId: string) => (await ops.checkPassword({ ...none, body: { password: 'Adele-Vance-7xq', flowId } }, { token: null })).score;
    expect(await score(real.flowId)).toBe(await score(decoy.flowId));
    // Once the person has proved who they are, their names count.
    const flow = kit.backend.deps.state().flows.get(real.flowId);
    flow?.passedGroups.push('email');
    expect(await score(real.flowId)).toBeLessThan(await score(decoy.flowId));
  });

  it('Check: a cancelled reset flow is 404, like every read of it', async () => {
    const kit = await createBackendKit();
    kit.backend.deps.state().policy.captcha = false;
    const ops = kit.backend.operations;
    const flow = await ops.startReset({ ...none, body: { userId: 'adele@contoso.com' } }, { token: null });
    await ops.cancelReset({ ...none, params: { flowId: flow.flowId } }, { token: null });
    expect(await problemOf(ops.checkPassword({ ...none, body: { password: 'Harbour-Lantern-42!', flowId: flow.flowId } }, { token: null }))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('Branding: the built-in defaults until an admin saves, with the help desk of the policy', async () => {
    const kit = await createBackendKit();
    const branding = await kit.backend.operations.getBranding(none, { token: null });
    expect(branding).toMatchObject({ organizationName: 'Contoso', customized: false, helpdesk: { mode: 'default', contact: null } });
    const admin = await kit.as('admin@contoso.com');
    const { customized: _customized, helpdesk: _helpdesk, ...saved } = branding;
    await kit.backend.operations.putAdminBranding({ ...none, body: { ...saved, organizationName: 'Contoso Ltd' } }, admin);
    await expect(kit.backend.operations.getBranding(none, { token: null })).resolves.toMatchObject({ organizationName: 'Contoso Ltd', customized: true });
    await kit.backend.operations.deleteAdminBranding(none, admin);
    await expect(kit.backend.operations.getBranding(none, { token: null })).resolves.toMatchObject({ organizationName: 'Contoso', customized: false });
  });

  it('Password rules: the checklist the client shows', async () => {
    const kit = await createBackendKit();
    await expect(kit.backend.operations.getPasswordRules(none, { token: null })).resolves.toMatchObject({ minLength: 8, maxLength: 256, minClasses: 3, historyCount: 24 });
  });
});
