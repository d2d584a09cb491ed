import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useApp } from '../../render-app';

const app = await useApp();

describe('portal home', () => {
  it('shows the organisation, the three actions and the help-desk advice', async () => {
    await app.renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('img', { name: 'Contoso' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Reset my password/ })).toHaveAttribute('href', '/reset');
    expect(screen.getByRole('link', { name: /Register or update my security info/ })).toHaveAttribute('href', '/security-info');
    expect(screen.getByRole('link', { name: /Change my password/ })).toHaveAttribute('href', '/change-password');
    expect(within(screen.getByRole('contentinfo')).getByText('Contact your administrator')).toBeInTheDocument();
    expect(document.title).toBe('Password portal · Contoso');
  });

  it('describes the admin console card for an admin (not the admin’s name)', async () => {
    await app.renderApp('/', { signedInAs: 'admin@contoso.com' });
    const card = await screen.findByRole('link', { name: /^Admin console/ });
    expect(card).toHaveTextContent('Manage password reset for your organisation.');
    expect(card).not.toHaveTextContent('MOD Administrator');
  });

  it('switches to Dutch, sets the lang attribute and remembers the choice', async () => {
    const { user } = await app.renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat wil je doen?' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('password-portal.language')).toBe('nl');
  });

  it('makes "Need help? Contact your administrator" an action: without a help link, the reset, whose steps offer the contact', async () => {
    await app.renderApp('/');
    const help = await within(screen.getByRole('main')).findByRole('link', { name: 'Contact your administrator' });
    expect(help).toHaveAttribute('href', '/reset');
  });

  it('shows a not-found page for an unknown address', async () => {
    await app.renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'We could not find that page' })).toBeInTheDocument();
  });
});
