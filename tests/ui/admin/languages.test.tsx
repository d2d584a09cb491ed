import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { buildOpenApiDocument } from '../../../scripts/openapi-document';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

/** The element that says which language a part of the page is in: the nearest `lang`. */
const languageOf = (element: Element) => element.closest('[lang]');

describe('the console in the languages it has and the ones it lacks', () => {
  it.each([
    ['de', 'Richtlinie zum Zurücksetzen von Passwörtern', 'Bereiche der Verwaltungskonsole'],
    ['fr', 'Stratégie de réinitialisation des mots de passe', 'Sections de la console d’administration'],
  ] as const)('in %s it is in that language and says so', async (language, heading, sections) => {
    await app.renderAdmin('/admin/policy', { signedInAs: 'admin@contoso.com', language });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const menu = await screen.findByRole('navigation', { name: sections });
    expect(languageOf(menu)).toHaveAttribute('lang', language);
    expect(languageOf(menu)).toHaveAttribute('dir', 'ltr');
  });

  it('in Arabic it is wholly English, marked lang="en" dir="ltr", in a right-to-left page', async () => {
    await app.renderAdmin('/admin/policy', { signedInAs: 'admin@contoso.com', language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Password reset policy' })).toBeInTheDocument();
    const menu = await screen.findByRole('navigation', { name: 'Admin console sections' });
    const part = languageOf(menu)!;
    expect(part).toHaveAttribute('lang', 'en');
    expect(part).toHaveAttribute('dir', 'ltr');
    // Its strings are English throughout, and it loads as in English.
    await waitFor(() => expect(within(part as HTMLElement).queryByRole('status', { name: 'Loading…' })).not.toBeInTheDocument());
    expect(within(part as HTMLElement).getByRole('button', { name: 'Save' })).toBeInTheDocument();
    // The portal around it stays Arabic.
    expect(screen.getByRole('link', { name: 'الانتقال إلى المحتوى الرئيسي' }).closest('[lang]')).not.toBe(part);
  });

  it('in Arabic its overlays are English too: the user panel, which mounts outside the console, says lang="en" dir="ltr"', async () => {
    const { user } = await app.renderAdmin('/admin/users', { signedInAs: 'admin@contoso.com', language: 'ar' });
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or user ID' }), 'adele');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.click(await screen.findByRole('button', { name: 'Edit Adele Vance' }));
    const panel = await screen.findByRole('dialog', { name: 'Edit Adele Vance' });
    expect(languageOf(panel)).toHaveAttribute('lang', 'en');
    expect(languageOf(panel)).toHaveAttribute('dir', 'ltr');
  });
});

describe('the API reference in a language it lacks', () => {
  it('is English, marked lang="en" dir="ltr"', async () => {
    app.mock.server.use(http.get('*/docs/api/openapi.json', () => HttpResponse.json(buildOpenApiDocument())));
    await app.renderApp('/docs/api', { language: 'ar' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'API reference' });
    expect(languageOf(heading)).toHaveAttribute('lang', 'en');
    expect(languageOf(heading)).toHaveAttribute('dir', 'ltr');
  });

  it('is German in German, marked lang="de"', async () => {
    app.mock.server.use(http.get('*/docs/api/openapi.json', () => HttpResponse.json(buildOpenApiDocument())));
    await app.renderApp('/docs/api', { language: 'de' });
    const heading = await screen.findByRole('heading', { level: 1, name: 'API-Referenz' });
    expect(languageOf(heading)).toHaveAttribute('lang', 'de');
  });
});
