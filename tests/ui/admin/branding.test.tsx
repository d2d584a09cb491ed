import { screen, waitFor, within } from '@testing-library/react';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

describe('the branding editor', () => {
  it('saves a branding that the whole portal then shows, and resets to the defaults', async () => {
    const { user } = await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findByText('The portal uses the defaults of branding.json.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Branding · Contoso'));

    const name = screen.getByRole('textbox', { name: /Organisation name/ });
    await user.clear(name);
    await user.type(name, 'Northwind Traders');
    const color = screen.getByRole('textbox', { name: /Brand colour/ });
    await user.clear(color);
    await user.type(color, '#8764B8');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));

    expect(await screen.findByText('Saved. The portal now shows this branding.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Branding · Northwind Traders'));
    expect(screen.getByText('The portal uses the branding saved here.')).toBeInTheDocument();
    const effective = await app.api.call('getBranding');
    expect(effective).toMatchObject({ customized: true, organizationName: 'Northwind Traders', brandColor: '#8764B8' });

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(await screen.findByText(/The saved branding was removed/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Branding · Contoso'));
    expect((await app.api.call('getBranding')).customized).toBe(false);
  });

  it('warns about a brand colour too pale for white text, live in the preview', async () => {
    const { user } = await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com' });
    const color = await screen.findByRole('textbox', { name: /Brand colour/ });
    expect(screen.queryByTestId('pale-warning')).not.toBeInTheDocument();
    await user.clear(color);
    await user.type(color, '#FFB900');
    expect(await screen.findByTestId('pale-warning')).toHaveTextContent('too pale for white text (contrast 1.72:1');
  });

  it('shows the server’s reasons under the fields', async () => {
    const { user } = await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com' });
    const portal = await screen.findByRole('textbox', { name: /Portal address/ });
    await user.clear(portal);
    await user.type(portal, 'ftp://passwords.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    expect(await screen.findByText('Some values need your attention: 1.')).toBeInTheDocument();
    expect(portal).toHaveAttribute('aria-invalid', 'true');
    expect(portal).toHaveAccessibleDescription(expect.stringContaining('Use an https address or a path on this site.'));
  });

  it('edits footer labels per language, and a Dutch page shows the Dutch label', async () => {
    const { user, unmount } = await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com' });
    expect(await screen.findAllByRole('textbox', { name: 'Label in Nederlands' })).toHaveLength(2);
    const links = screen.getAllByRole('group', { name: /^Footer link/ });
    expect(links).toHaveLength(2);
    expect(within(links[1]!).getByRole('textbox', { name: /Label in English/ })).toHaveValue('Terms of use');
    const termsInDutch = within(links[1]!).getByRole('textbox', { name: 'Label in Nederlands' });
    expect(termsInDutch).toHaveValue('Gebruiksvoorwaarden');
    await user.clear(termsInDutch);
    await user.type(termsInDutch, 'Voorwaarden');
    // The default language's label is required; the others fall back to it.
    const termsInEnglish = within(links[1]!).getByRole('textbox', { name: /Label in English/ });
    await user.clear(termsInEnglish);
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    await waitFor(() => expect(termsInEnglish).toHaveAttribute('aria-invalid', 'true'));
    expect(termsInEnglish).toHaveFocus();
    await user.type(termsInEnglish, 'Terms');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    expect(await screen.findByText('Saved. The portal now shows this branding.')).toBeInTheDocument();
    const saved = await (await app.as('admin@contoso.com')).call('getAdminBranding');
    expect(saved.footerLinks[1]).toEqual({ label: { en: 'Terms', nl: 'Voorwaarden' }, url: 'https://www.contoso.com/terms' });
    unmount();

    await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com', language: 'nl' });
    const footer = await screen.findByRole('navigation', { name: /voettekst/i });
    expect(await within(footer).findByRole('link', { name: 'Voorwaarden' })).toBeInTheDocument();
  });
});
