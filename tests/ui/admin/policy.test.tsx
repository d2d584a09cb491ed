import { screen, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();


describe('the policy editor', () => {
  it("shows the server's validation errors under the fields they belong to and saves nothing", async () => {
    const { user } = await app.renderAdmin('/admin/policy', { signedInAs: 'admin@contoso.com' });
    const resetCount = await screen.findByRole('spinbutton', { name: /Questions asked at reset/ });
    await user.clear(resetCount);
    await user.type(resetCount, '5');
    const methods = screen.getByRole('group', { name: /Methods available to people/ });
    for (const name of ['E-mail', 'Mobile phone (text or call)', 'Office phone (call)', 'Security questions']) {
      await user.click(within(methods).getByRole('checkbox', { name }));
    }
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Some values need your attention: 2.')).toBeInTheDocument();
    expect(resetCount).toHaveAttribute('aria-invalid', 'true');
    expect(resetCount).toHaveAccessibleDescription(expect.stringContaining('Ask at most as many questions at reset as people register (3).'));
    expect(screen.getByText(/The authenticator app can’t be the only way: with 1 required/)).toBeInTheDocument();

    const saved = await (await app.as('admin@contoso.com')).call('getPolicy');
    expect(saved.questions.resetCount).toBe(3);
    expect(saved.methodsAllowed).toContain('email');
  });

  it('hides Save from a helpdesk administrator, whose role may not change the policy', async () => {
    await app.renderAdmin('/admin/policy', { signedInAs: 'megan@contoso.com' });
    expect(await screen.findByRole('spinbutton', { name: /Questions asked at reset/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('saves a valid change', async () => {
    const { user } = await app.renderAdmin('/admin/policy', { signedInAs: 'admin@contoso.com' });
    const reconfirm = await screen.findByRole('spinbutton', { name: /reconfirm/ });
    await user.clear(reconfirm);
    await user.type(reconfirm, '30');
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/The policy is saved/)).toBeInTheDocument();
    const saved = await (await app.as('admin@contoso.com')).call('getPolicy');
    expect(saved.reconfirmDays).toBe(30);
    expect(saved.methodsRequired).toBe(2);
  });

  it('explains a range it does not know yet in the words of the server (out of range)', async () => {
    const { user } = await app.renderAdmin('/admin/policy', { signedInAs: 'admin@contoso.com' });
    const reconfirm = await screen.findByRole('spinbutton', { name: /reconfirm/ });
    await user.clear(reconfirm);
    await user.type(reconfirm, '800');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pick a value from 0 to 730 (this is 800).')).toBeInTheDocument();
  });
});
