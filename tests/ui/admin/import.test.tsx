import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

const header = 'userPrincipalName,authenticationEmail,alternateEmail,authenticationPhone,mobilePhone,officePhone';

async function contactOf(userPrincipalName: string) {
  const admin = await app.as('admin@contoso.com');
  const page = await admin.call('listUsers', { query: { query: userPrincipalName } });
  return page.items.find((item) => item.userPrincipalName === userPrincipalName)?.contact;
}

describe('importing contact data from CSV', () => {
  it('documents the columns on the page', async () => {
    await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByText(header, { exact: false })).toBeInTheDocument();
    for (const column of header.split(',')) expect(screen.getAllByText(column).length).toBeGreaterThan(0);
  });

  it('shows per-row errors, refuses to apply, then applies once every row is valid', async () => {
    const { user } = await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    const textarea = await screen.findByRole('textbox', { name: 'Or paste the CSV here' });
    const bad = [header, 'adele@contoso.com,,adele.private@example.com,,,', 'nobody@contoso.com,,,,,', 'megan@contoso.com,not-an-address,,,,'].join('\n');
    fireEvent.change(textarea, { target: { value: bad } });
    await user.click(screen.getByRole('button', { name: 'Validate' }));

    expect(await screen.findByText('2 of 3 rows have errors. Fix them and validate again; nothing was changed.')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Rows with errors' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('No user with the user ID “nobody@contoso.com”.');
    expect(rows[1]).toHaveTextContent('4');
    expect(rows[1]).toHaveTextContent('megan@contoso.com');
    expect(rows[1]).toHaveTextContent('Not a valid e-mail address.');
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect((await contactOf('adele@contoso.com'))?.alternateEmail).not.toBe('adele.private@example.com');

    const good = [header, 'adele@contoso.com,,adele.private@example.com,,,', 'megan@contoso.com,megan.b@example.com,,,+1 425 555 0123,'].join('\n');
    fireEvent.change(textarea, { target: { value: good } });
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('All 2 rows are valid. Nothing has been changed yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Done: 2 users were updated.')).toBeInTheDocument();
    expect(await contactOf('adele@contoso.com')).toMatchObject({ alternateEmail: 'adele.private@example.com' });
    expect(await contactOf('megan@contoso.com')).toMatchObject({ authenticationEmail: 'megan.b@example.com', mobilePhone: '+1 425 555 0123' });
  });

  it('words a header the server cannot read', async () => {
    const { user } = await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Or paste the CSV here' }), { target: { value: 'userPrincipalName,pager\nadele@contoso.com,123' } });
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('Unknown column “pager”.')).toBeInTheDocument();
  });

  it('takes an optional preferredLanguage column and words an unknown language tag', async () => {
    const { user } = await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByText('preferredLanguage')).toBeInTheDocument();
    const textarea = screen.getByRole('textbox', { name: 'Or paste the CSV here' });
    fireEvent.change(textarea, { target: { value: 'userPrincipalName,preferredLanguage\nadele@contoso.com,nl\nmegan@contoso.com,Dutch' } });
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const rows = within(await screen.findByRole('table', { name: 'Rows with errors' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('“Dutch” is not one of the portal’s languages. Use one of: en, nl, de, fr');
  });

  it('reads a chosen file with progress', async () => {
    const { user } = await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    const file = new File([[header, 'adele@contoso.com,,adele.private@example.com,,,'].join('\n')], 'contacts.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('CSV file'), file);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Or paste the CSV here' })).toHaveValue([header, 'adele@contoso.com,,adele.private@example.com,,,'].join('\n')));
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('All 1 rows are valid. Nothing has been changed yet.')).toBeInTheDocument();
  });

  it('says "1 of 3 rows has errors" for one bad row', async () => {
    const { user } = await app.renderAdmin('/admin/import', { signedInAs: 'admin@contoso.com' });
    const textarea = await screen.findByRole('textbox', { name: 'Or paste the CSV here' });
    const oneBad = [header, 'adele@contoso.com,,adele.private@example.com,,,', 'nobody@contoso.com,,,,,', 'lee@contoso.com,,,,,'].join('\n');
    fireEvent.change(textarea, { target: { value: oneBad } });
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('1 of 3 rows has errors. Fix it and validate again; nothing was changed.')).toBeInTheDocument();
  });
});
