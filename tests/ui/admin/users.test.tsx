import { screen, waitFor, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

function userRows() {
  const table = screen.getByRole('table', { name: 'Users' });
  return within(table).getAllByRole('row').slice(1);
}

describe('the users screen', () => {
  it('pages through the directory with the server’s cursor', async () => {
    const { user } = await app.renderAdmin('/admin/users', { signedInAs: 'admin@contoso.com' });
    await screen.findByRole('table', { name: 'Users' });
    expect(userRows()).toHaveLength(25);
    const firstPage = userRows().map((row) => row.textContent);
    expect(screen.getByText(/^Page 1 · \d+ in total$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(/^Page 2 · \d+ in total$/)).toBeInTheDocument();
    const secondPage = userRows().map((row) => row.textContent);
    expect(secondPage).toHaveLength(25);
    expect(secondPage.some((row) => firstPage.includes(row))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText(/^Page 3 · \d+ in total$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByText(/^Page 2 · \d+ in total$/)).toBeInTheDocument();
    expect(userRows().map((row) => row.textContent)).toEqual(secondPage);
  });

  it('searches and filters on the server', async () => {
    const { user } = await app.renderAdmin('/admin/users', { signedInAs: 'admin@contoso.com' });
    await screen.findByRole('table', { name: 'Users' });
    await user.type(screen.getByRole('searchbox', { name: 'Search by name or user ID' }), 'adele');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1 users')).toBeInTheDocument();
    expect(userRows()[0]).toHaveTextContent('adele@contoso.com');

    await user.clear(screen.getByRole('searchbox', { name: 'Search by name or user ID' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Registration' }), 'lockedOut');
    await screen.findByText(/^\d+ users$/);
    await waitFor(() => {
      const rows = userRows();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.textContent?.includes('Locked out'))).toBe(true);
    });
  });

  it('edits contact data in the side panel and gives a one-time temporary password', async () => {
    const { user } = await app.renderAdmin('/admin/users', { signedInAs: 'admin@contoso.com' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or user ID' }), 'adele');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('1 users');
    await user.click(screen.getByRole('button', { name: 'Edit Adele Vance' }));

    const panel = await screen.findByRole('dialog', { name: 'Edit Adele Vance' });
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Close' })).toHaveFocus());
    const office = await within(panel).findByRole('textbox', { name: 'Office phone' });
    await user.clear(office);
    await user.type(office, '+31 20 555 0199');
    const language = within(panel).getByRole('combobox', { name: /Preferred language/ });
    expect(language).toHaveValue('');
    await user.selectOptions(language, 'Deutsch');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    expect(await within(panel).findByText('Changes saved.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Reset password' }));
    await user.click(within(panel).getByRole('button', { name: 'Set a temporary password' }));
    const password = await within(panel).findByTestId('temporary-password');
    expect(password.textContent?.length).toBeGreaterThanOrEqual(8);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Edit Adele Vance' })).toHaveFocus();

    const admin = await app.as('admin@contoso.com');
    const page = await admin.call('listUsers', { query: { query: 'adele' } });
    expect(page.items[0]?.contact.officePhone).toBe('+31 20 555 0199');
    expect(page.items[0]?.preferredLanguage).toBe('de');
    // The temporary password works once: the person can sign in with it.
    await expect(app.api.call('signIn', { body: { userId: 'adele@contoso.com', password: password.textContent ?? '' } })).resolves.toMatchObject({
      user: { userPrincipalName: 'adele@contoso.com' },
    });
  });
});
