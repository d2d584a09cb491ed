import { screen } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

describe('the admin console gate', () => {
  it('asks someone signed out to sign in', async () => {
    await app.renderAdmin('/admin/policy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to use the admin console' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', expect.stringContaining('/sign-in?returnTo=%2Fadmin%2Fpolicy'));
  });

  it('tells a signed-in person without an admin role that one is needed', async () => {
    await app.renderAdmin('/admin/policy', { signedInAs: 'adele@contoso.com' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You need an admin role' })).toBeInTheDocument();
    expect(screen.getByText(/signed in as Adele Vance/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Admin console sections' })).not.toBeInTheDocument();
  });

  it('says the same in Dutch', async () => {
    await app.renderAdmin('/admin', { signedInAs: 'adele@contoso.com', language: 'nl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Je hebt een beheerdersrol nodig' })).toBeInTheDocument();
  });

  it('opens the console for an admin', async () => {
    await app.renderAdmin('/admin', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByRole('navigation', { name: 'Admin console sections' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
  });
});
