import { screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
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
  ['/admin/rollout', { en: 'Rollout kit', nl: 'Uitrolpakket' }],
];

/** jsdom has no layout, so colour contrast is left to the browser tests. */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { iframes: false, resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

// Every screen in English; the forms again in Dutch (axe is slow in jsdom, the browser tests cover both fully).
const dutchForms = new Set(['/admin/policy', '/admin/users', '/admin/branding', '/admin/rollout']);

describe.each<Language>(['en', 'nl'])('admin screens in %s', (language) => {
  it.each(screens.filter(([path]) => language === 'en' || dutchForms.has(path)))('%s has a heading, loads, and has no axe violations', async (path, heading) => {
    const { container } = await app.renderAdmin(path, { signedInAs: 'admin@contoso.com', language });
    expect(await screen.findByRole('heading', { level: 1, name: heading[language] })).toBeInTheDocument();
    // Wait for the data: no spinner left.
    await screen.findByRole('navigation', { name: language === 'en' ? 'Admin console sections' : 'Onderdelen van de beheerconsole' });
    await waitFor(() => expect(screen.queryAllByRole('status').filter((node) => node.className.includes('Spinner'))).toHaveLength(0));
    expect(await violations(container)).toEqual([]);
  });
});
