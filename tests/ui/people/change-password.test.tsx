import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ar } from '@/i18n/locales/ar';
import { useApp } from '../../render-app';
import { field, findField, pasteInto, updatePolicy } from './people-helpers';

const app = await useApp();
const adelePassword = 'Adele-Demo-2026!';
const strongPassword = 'Quiet-Harbour-Lantern-42';

async function changePassword(signedInAs: string, current: string, next: string, confirm = next) {
  const view = await app.renderApp('/change-password', { signedInAs });
  await pasteInto(view.user, await findField('Current password'), current);
  await pasteInto(view.user, field('New password'), next);
  await pasteInto(view.user, field('Confirm new password'), confirm);
  await view.user.click(screen.getByRole('button', { name: 'Change password' }));
  return view;
}

describe('change password', () => {
  it('keeps the checklist\'s allowed symbols left to right (isolated) on an Arabic page', async () => {
    await app.renderApp('/change-password', { signedInAs: 'adele@contoso.com', language: 'ar' });
    const checklist = await screen.findByRole('list', { name: ar.checklist.heading });
    const symbols = [...checklist.querySelectorAll('li')].map((item) => item.textContent ?? '').find((text) => text.includes('@'));
    expect(symbols).toMatch(/\u2066[^\u2069]*@[^\u2069]*\u2069/);
  });

  it('changes a known password', async () => {
    await changePassword('adele@contoso.com', adelePassword, strongPassword);
    expect(await screen.findByRole('heading', { name: 'Your password has been changed' })).toHaveFocus();
    const session = await app.api.call('signIn', { body: { userId: 'adele@contoso.com', password: strongPassword } });
    expect(session.user.displayName).toBe('Adele Vance');
  });

  it('says when the confirmation does not match, before asking the server', async () => {
    await changePassword('adele@contoso.com', adelePassword, strongPassword, `${strongPassword}!`);
    expect(await screen.findByText('The passwords do not match.')).toBeInTheDocument();
    expect(field('Confirm new password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a wrong current password on the current-password field', async () => {
    await changePassword('adele@contoso.com', 'Not-Her-Password-1', strongPassword);
    expect(await screen.findByText('Your current password is not right.')).toBeInTheDocument();
    expect(field('Current password')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Current password')).toHaveFocus();
  });

  it.each([
    ['too_short', 'Ab1!', /Use at least 8 characters \(this has 4\)/],
    ['too_long', `Aa1!${'x'.repeat(253)}`, /Use at most 256 characters \(this has 257\)/],
    ['too_few_classes', 'lowercaseonlylongenough', /Use at least 3 of these: lower case, upper case, digits, symbols \(this has 1\)/],
    ['invalid_character', 'Quiet-Harbour-Lantérn-42', /The character “é” is not allowed/],
    ['banned', 'Password1!', /Choose a password that is harder to guess\./],
    ['same_as_current', adelePassword, /The new password must differ from the current one/],
  ])('words the rule %s with its parameters on the new-password field', async (_, next, message) => {
    await changePassword('adele@contoso.com', adelePassword, next);
    expect(await screen.findByText(message, { selector: '[id]' })).toBeInTheDocument();
    expect(field('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a recent password for an on-premises account (in_history)', async () => {
    const lynne = await app.as('lynne@contoso.com');
    await lynne.call('changePassword', { body: { currentPassword: 'Lynne-Demo-2026!', newPassword: strongPassword } });
    await changePassword('lynne@contoso.com', strongPassword, 'Lynne-Demo-2026!');
    expect(await screen.findByText(/You used this password recently. Pick one you have not used in your last 24 passwords./)).toBeInTheDocument();
  });

  it('locks changes for a while after ten wrong current passwords, and says until when', async () => {
    const adele = await app.as('adele@contoso.com');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await adele.call('changePassword', { body: { currentPassword: `wrong-${attempt}`, newPassword: strongPassword } }).catch(() => undefined);
    }
    await changePassword('adele@contoso.com', adelePassword, strongPassword);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts\. Try again after .+ \(in 1 minute\)\./);
  });

  it('explains that an on-premises password cannot be changed here when writeback is off', async () => {
    await updatePolicy(app, (policy) => ({ ...policy, onPremises: { ...policy.onPremises, writeback: false } }));
    await changePassword('joni@contoso.com', 'Joni-Demo-2026!', strongPassword);
    expect(await screen.findByRole('heading', { name: 'Your password can’t be changed from here' })).toHaveFocus();
  });
});
