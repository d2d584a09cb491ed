import { screen, waitFor } from '@testing-library/react';
import type { Language } from '@/api';
import { useAdminApp } from './admin-fixtures';

const app = await useAdminApp();

const screens: [path: string, heading: Record<Language, string>][] = [
  ['/admin/reports', { en: 'Reports', nl: 'Rapporten' }],
  ['/admin/policy', { en: 'Password reset policy', nl: 'Beleid voor wachtwoordherstel' }],
  ['/admin/users', { en: 'Users', nl: 'Gebruikers' }],
  ['/admin/import', { en: 'Import contact data', nl: 'Contactgegevens importeren' }],
  ['/admin/groups', { en: 'Groups', nl: 'Groepen' }],
  ['/admin/audit', { en: 'Audit log', nl: 'Auditlogboek' }],
  ['/admin/branding', { en: 'Branding', nl: 'Huisstijl' }],
  ['/admin/rollout', { en: 'Rollout', nl: 'Uitrol' }],
  ['/admin/rollout/kit', { en: 'Rollout kit', nl: 'Uitrolpakket' }],
];
const sections: Record<Language, string> = { en: 'Admin console sections', nl: 'Onderdelen van de beheerconsole' };
const loading: Record<Language, string> = { en: 'Loading…', nl: 'Laden…' };

// axe-core checks every screen in both languages in the browser tests (tests/e2e/admin-screens.e2e.ts).
// Every screen in English; the forms again in Dutch.
const dutchForms = new Set(['/admin/policy', '/admin/users', '/admin/branding', '/admin/rollout', '/admin/rollout/kit']);

describe.each<Language>(['en', 'nl'])('admin screens in %s', (language) => {
  it.each(screens.filter(([path]) => language === 'en' || dutchForms.has(path)))('%s has a heading and the sections, and loads', async (path, heading) => {
    await app.renderAdmin(path, { signedInAs: 'admin@contoso.com', language });
    expect(await screen.findByRole('heading', { level: 1, name: heading[language] })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: sections[language] })).toBeInTheDocument();
    // The data is in: nothing is loading any more.
    await waitFor(() => expect(screen.queryByRole('status', { name: loading[language] })).not.toBeInTheDocument());
  });
});

describe('the console menu', () => {
  // The assistant (rollout/*) and the kit (rollout/kit) share a prefix: one entry is current at a time.
  it.each([
    ['/admin/rollout', 'Rollout', 'Rollout'],
    ['/admin/rollout/kit', 'Rollout kit', 'Rollout kit'],
    ['/admin/rollout/user-guide', 'User guide', 'Rollout'],
    ['/admin/users', 'Users', 'Users'],
  ])('on %s marks only its own entry as the current page', async (path, heading, current) => {
    await app.renderAdmin(path, { signedInAs: 'admin@contoso.com' });
    await screen.findByRole('heading', { level: 1, name: heading });
    const menu = await screen.findByRole('navigation', { name: sections.en });
    const marked = Array.from(menu.querySelectorAll('a[aria-current="page"]'), (link) => link.textContent);
    expect(marked).toEqual([current]);
  });
});
