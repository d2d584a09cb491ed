import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rememberTypedFields, takeTypedField } from '@/components/form/typed-before-takeover';
import { useApp } from '../../render-app';
import { field, findField, pasteInto } from './people-helpers';

const app = await useApp();

async function signIn(route: string, userId: string, password: string) {
  const view = await app.renderApp(route);
  await view.user.type(await findField('User ID'), userId);
  await pasteInto(view.user, field('Password'), password);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return view;
}

describe('sign-in and the registration interstitial', () => {
  it('says a wrong password is wrong, on the password field', async () => {
    await signIn('/sign-in', 'adele@contoso.com', 'not-her-password');
    expect(await screen.findByText('That user ID or password is not right.')).toBeInTheDocument();
    expect(field('Password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('tells a locked-out person with the right password that the account is locked, and offers unlock or reset at once', async () => {
    const { user, location } = await signIn('/sign-in', 'lynne@contoso.com', 'Lynne-Demo-2026!');
    expect(await screen.findByRole('heading', { name: 'Your account is locked' })).toHaveFocus();
    expect(screen.queryByText('That user ID or password is not right.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlock or reset' }));
    expect(await screen.findByRole('heading', { name: 'Get back into your account' })).toBeInTheDocument();
    expect(location().pathname).toBe('/reset');
    expect(await findField('User ID')).toHaveValue('lynne@contoso.com');
  });

  it('keeps what was typed on the prerendered page before the app took it over, and signs in with it', async () => {
    // The prerendered page, typed into before its scripts had come (a slow connection).
    const page = document.createElement('div');
    page.innerHTML = '<input name="userId" value=""><input type="password" name="password" value=""><input type="checkbox" name="remember">';
    page.querySelector<HTMLInputElement>('[name="userId"]')!.value = 'adele@contoso.com';
    page.querySelector<HTMLInputElement>('[name="password"]')!.value = 'Adele-Demo-2026!';
    page.querySelector<HTMLInputElement>('[name="remember"]')!.checked = true;
    rememberTypedFields(page);
    const { user } = await app.renderApp('/sign-in');
    expect(await findField('User ID')).toHaveValue('adele@contoso.com');
    expect(field('Password')).toHaveValue('Adele-Demo-2026!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Signed in as Adele Vance')).toBeInTheDocument();
    // Once: the next sign-in page starts empty.
    expect(takeTypedField('userId')).toBeUndefined();
  });

  it('lets a registered person straight through', async () => {
    const { location } = await signIn('/sign-in', 'adele@contoso.com', 'Adele-Demo-2026!');
    expect(await screen.findByText('Signed in as Adele Vance')).toBeInTheDocument();
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(screen.queryByRole('heading', { name: "Don't lose access to your account" })).not.toBeInTheDocument();
  });

  it('prompts a person who has not registered; Verify now goes to security info', async () => {
    const { user, location } = await signIn('/sign-in', 'nestor@contoso.com', 'Nestor-Demo-2026!');
    expect(await screen.findByRole('heading', { name: "Don't lose access to your account" })).toHaveFocus();
    expect(screen.getByText(/Your organisation needs more information/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify now' }));
    expect(await screen.findByRole('heading', { name: 'Security info' })).toBeInTheDocument();
    expect(location().pathname).toBe('/security-info');
  });

  it('after Verify now and registering, Looks good goes on to where the person was going', async () => {
    const { user, location } = await signIn('/sign-in?returnTo=%2Fchange-password', 'nestor@contoso.com', 'Nestor-Demo-2026!');
    await user.click(await screen.findByRole('button', { name: 'Verify now' }));
    await user.click(await screen.findByRole('button', { name: 'Add: E-mail' }));
    await user.type(await findField('E-mail address'), 'nestor.wilke@fabrikam.com');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(await findField('Verification code'), await app.lastCode('nestor.wilke@fabrikam.com'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await user.click(await screen.findByRole('button', { name: 'Looks good' }));
    expect(await screen.findByRole('heading', { name: 'Change your password' })).toBeInTheDocument();
    expect(location().pathname).toBe('/change-password');
  });

  it('lets the person cancel and go on, and prompts again at the next sign-in', async () => {
    const first = await signIn('/sign-in?returnTo=%2Fchange-password', 'nestor@contoso.com', 'Nestor-Demo-2026!');
    await screen.findByRole('heading', { name: "Don't lose access to your account" });
    await first.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Change your password' })).toBeInTheDocument();
    expect(first.location().pathname).toBe('/change-password');
    expect(await screen.findByRole('list', { name: 'Your password must' })).toBeInTheDocument();
    // The cancel was recorded by the server; the next sign-in asks again.
    const again = await app.api.call('signIn', { body: { userId: 'nestor@contoso.com', password: 'Nestor-Demo-2026!' } });
    expect(again.registrationPrompt).toEqual({ reason: 'not_registered' });
  });

  it('asks a person whose info is due for reconfirmation to check it, worded for that', async () => {
    const { user, location } = await signIn('/sign-in', 'alex@contoso.com', 'Alex-Demo-2026!');
    await screen.findByRole('heading', { name: "Don't lose access to your account" });
    expect(screen.getByText(/It has been a while since you checked your security info/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verify now' }));
    await user.click(await screen.findByRole('button', { name: 'Looks good' }));
    // Confirmed, and on to where the person was going (home).
    await waitFor(() => expect(location().pathname).toBe('/'));
    const next = await app.api.call('signIn', { body: { userId: 'alex@contoso.com', password: 'Alex-Demo-2026!' } });
    expect(next.registrationPrompt).toBeNull();
  });

  it('sends a signed-out person to sign-in and back', async () => {
    const { location } = await app.renderApp('/security-info');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Sign in to continue.')).toBeInTheDocument();
    expect(location().search).toBe('?returnTo=%2Fsecurity-info');
  });
});
