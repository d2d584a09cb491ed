import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { sessionStore } from '@/api/session-store';
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
    // English, the default language, shows; Dutch is among the other languages, one click away.
    expect(await screen.findAllByRole('textbox', { name: /Label \(English\)/ })).toHaveLength(2);
    expect(screen.queryByRole('textbox', { name: 'Label (Nederlands)' })).not.toBeInTheDocument();
    const links = screen.getAllByRole('group', { name: /^Footer link/ });
    expect(links).toHaveLength(2);
    for (const link of links) await user.click(within(link).getByText('Labels in other languages (1 filled in)'));
    expect(screen.getAllByRole('textbox', { name: 'Label (Nederlands)' })).toHaveLength(2);
    expect(within(links[1]!).getByRole('textbox', { name: /Label \(English\)/ })).toHaveValue('Terms of use');
    const termsInDutch = within(links[1]!).getByRole('textbox', { name: 'Label (Nederlands)' });
    expect(termsInDutch).toHaveValue('Gebruiksvoorwaarden');
    await user.clear(termsInDutch);
    await user.type(termsInDutch, 'Voorwaarden');
    // The default language's label is required; the others fall back to it.
    const termsInEnglish = within(links[1]!).getByRole('textbox', { name: /Label \(English\)/ });
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

  it('makes German the default language with a German footer label, and a first visit in no language of ours opens in German', async () => {
    const { user, unmount } = await app.renderAdmin('/admin/branding', { signedInAs: 'admin@contoso.com' });
    const defaultLanguage = await screen.findByRole('combobox', { name: 'Default language' });
    // Every shipped language, each named in itself as the switcher names it.
    expect(within(defaultLanguage).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'English', 'Nederlands', 'Deutsch', 'Français', 'Español', 'Italiano', 'Português (Brasil)', 'Polski', 'Svenska', '日本語', '简体中文', 'العربية',
    ]);
    expect(within(defaultLanguage).getByRole('option', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
    const links = screen.getAllByRole('group', { name: /^Footer link/ });
    // English (the default) shows; the other languages wait behind a disclosure, Dutch filled in.
    const terms = links[1]!;
    expect(within(terms).getByText('Labels in other languages (1 filled in)')).toBeInTheDocument();
    expect(within(terms).queryByRole('textbox', { name: 'Label (Deutsch)' })).not.toBeInTheDocument();
    await user.click(within(terms).getByText('Labels in other languages (1 filled in)'));
    expect(within(terms).getByRole('textbox', { name: 'Label (Deutsch)' })).toHaveAttribute('lang', 'de');

    await user.selectOptions(defaultLanguage, 'de');
    // German is now the default: its label shows beside English's, and is required.
    const termsInGerman = within(terms).getByRole('textbox', { name: /^Label \(Deutsch\)/ });
    expect(termsInGerman).toBeRequired();
    expect(within(terms).getByRole('textbox', { name: /^Label \(English\)/ })).toHaveValue('Terms of use');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    const privacyInGerman = within(links[0]!).getByRole('textbox', { name: /^Label \(Deutsch\)/ });
    await waitFor(() => expect(privacyInGerman).toHaveAttribute('aria-invalid', 'true'));
    await user.type(privacyInGerman, 'Datenschutz');
    await user.type(termsInGerman, 'Nutzungsbedingungen');
    await user.click(screen.getByRole('button', { name: 'Save branding' }));
    expect(await screen.findByText('Saved. The portal now shows this branding.')).toBeInTheDocument();
    const saved = await (await app.as('admin@contoso.com')).call('getAdminBranding');
    expect(saved.defaultLanguage).toBe('de');
    expect(saved.footerLinks[1]).toEqual({ label: { en: 'Terms of use', nl: 'Gebruiksvoorwaarden', de: 'Nutzungsbedingungen' }, url: 'https://www.contoso.com/terms' });
    unmount();
    sessionStore.clear();

    // A first visit (nothing remembered) from a browser that asks for Korean only.
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR', 'ko']);
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('ko-KR');
    try {
      await app.renderApp('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'Was möchten Sie tun?' })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('de');
      const footer = screen.getByRole('navigation', { name: 'Fußzeile' });
      const link = within(footer).getByRole('link', { name: 'Nutzungsbedingungen' });
      expect(link).toHaveAttribute('href', 'https://www.contoso.com/terms');
      // In the page's own language: no lang of its own.
      expect(link.querySelector('[lang]')).toBeNull();
      expect(localStorage.getItem('password-portal.language')).toBeNull();
    } finally {
      languages.mockRestore();
      language.mockRestore();
    }
  });
});
