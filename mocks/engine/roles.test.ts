import { describe, expect, it } from 'vitest';
import { createBackendKit, none, problemOf, type BackendKit } from '../testing/backend-fixture';

/** Entra-like scopes (issue 11, defect 4): megan is a helpdesk administrator, admin a global one. */
async function scene() {
  const kit = await createBackendKit();
  const id = (upn: string) => kit.backend.deps.state().userIdsByUpn.get(upn) ?? '';
  return {
    kit,
    ops: kit.backend.operations,
    global: await kit.as('admin@contoso.com'),
    helpdesk: await kit.as('megan@contoso.com'),
    ids: { admin: id('admin@contoso.com'), megan: id('megan@contoso.com'), adele: id('adele@contoso.com'), lynne: id('lynne@contoso.com') },
  };
}

const refusals = (kit: BackendKit) => kit.backend.deps.state().audit.filter((row) => row.result === 'failure' && row.reason === 'forbidden');

async function forbiddenAndAudited(kit: BackendKit, call: () => Promise<unknown>, actor: string) {
  const before = refusals(kit).length;
  expect(await problemOf(call())).toMatchObject({ status: 403, code: 'forbidden' });
  expect(refusals(kit)).toHaveLength(before + 1);
  expect(refusals(kit).at(-1)).toMatchObject({ actor });
}

describe('admin roles have scopes', () => {
  it('Roles: a helpdesk administrator can never change roles, not even to make someone a global administrator', async () => {
    const { kit, ops, helpdesk, ids } = await scene();
    for (const id of [ids.megan, ids.adele]) {
      await forbiddenAndAudited(kit, () => ops.patchUser({ ...none, params: { id }, body: { roles: ['globalAdministrator'] } }, helpdesk), 'megan@contoso.com');
    }
    expect(kit.backend.deps.state().users.get(ids.megan)?.roles).toEqual(['helpdeskAdministrator']);
  });

  it('Roles: a helpdesk administrator cannot change the policy or the branding', async () => {
    const { kit, ops, global, helpdesk } = await scene();
    const policy = await ops.getPolicy(none, helpdesk);
    await forbiddenAndAudited(kit, () => ops.putPolicy({ ...none, body: { ...policy, captcha: false } }, helpdesk), 'megan@contoso.com');
    const branding = await ops.getAdminBranding(none, helpdesk);
    await forbiddenAndAudited(kit, () => ops.putAdminBranding({ ...none, body: branding }, helpdesk), 'megan@contoso.com');
    await forbiddenAndAudited(kit, () => ops.deleteAdminBranding(none, helpdesk), 'megan@contoso.com');
    await expect(ops.putPolicy({ ...none, body: { ...policy, captcha: false } }, global)).resolves.toMatchObject({ captcha: false });
  });

  it('Roles: a helpdesk administrator resets and unlocks people without an admin role, never an admin', async () => {
    const { kit, ops, helpdesk, ids } = await scene();
    await expect(ops.adminResetPassword({ ...none, params: { id: ids.adele } }, helpdesk)).resolves.toHaveProperty('temporaryPassword');
    await expect(ops.unlockUser({ ...none, params: { id: ids.lynne } }, helpdesk)).resolves.toMatchObject({ lockedOut: false });
    const adminHash = kit.backend.deps.state().users.get(ids.admin)?.passwordHash;
    await forbiddenAndAudited(kit, () => ops.adminResetPassword({ ...none, params: { id: ids.admin } }, helpdesk), 'megan@contoso.com');
    await forbiddenAndAudited(kit, () => ops.unlockUser({ ...none, params: { id: ids.admin } }, helpdesk), 'megan@contoso.com');
    expect(kit.backend.deps.state().users.get(ids.admin)?.passwordHash).toBe(adminHash);
  });

  it('Roles: only a global administrator changes roles, and not their own', async () => {
    const { kit, ops, global, ids } = await scene();
    await expect(ops.patchUser({ ...none, params: { id: ids.adele }, body: { roles: ['helpdeskAdministrator'] } }, global)).resolves.toMatchObject({
      roles: ['helpdeskAdministrator'],
    });
    await forbiddenAndAudited(kit, () => ops.patchUser({ ...none, params: { id: ids.admin }, body: { roles: [] } }, global), 'admin@contoso.com');
  });
});
