import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import type { PortalConfig } from '@/portal-config';
import { resolvePortalConfig } from '@/portal-config/read-portal-json';
import { useApp } from '../../render-app';

const app = await useApp();

function config(raw: unknown): PortalConfig {
  return resolvePortalConfig(raw, { demoAvailable: false, apiBaseUrl: '/api/v1' }, (message) => {
    throw new Error(message);
  });
}

const allLinks = config({
  journeys: {
    reset: { mode: 'links', hint: { param: 'whr', value: 'contoso.com' } },
    register: 'links',
    change: { mode: 'links', url: 'https://sso.contoso.com/change' },
  },
});

describe('back-end modes (portal.json)', () => {
  it('links mode: the home tiles lead to the hosted pages, named by their host, with the contact line', async () => {
    await app.renderApp('/', { portalConfig: allLinks });
    await screen.findByRole('heading', { level: 1, name: en.home.welcome });
    const tiles = within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('link');
    expect(tiles.map((tile) => tile.getAttribute('href'))).toEqual([
      'https://passwordreset.microsoftonline.com/?whr=contoso.com',
      'https://aka.ms/mysecurityinfo',
      'https://sso.contoso.com/change',
    ]);
    expect(tiles[0]).toHaveAccessibleName(/^Reset my password.*On passwordreset\.microsoftonline\.com$/);
    expect(screen.getByText(/Need help\?/)).toHaveTextContent(en.common.contactAdmin);
  });

  it('links mode in Dutch: the tiles stay translated', async () => {
    const { user } = await app.renderApp('/', { portalConfig: allLinks });
    await screen.findByRole('heading', { level: 1 });
    await user.selectOptions(screen.getByLabelText('Language'), 'nl');
    await screen.findByRole('heading', { level: 1, name: nl.home.welcome });
    expect(
      await screen.findByRole('link', { name: new RegExp(`^${nl.home.change}.*Op sso\\.contoso\\.com$`) }),
    ).toHaveAttribute('href', 'https://sso.contoso.com/change');
  });

  it.each([
    ['/sign-in', en.portal.signInHeading],
    ['/registration-prompt', en.portal.signInHeading],
    ['/admin/users', en.portal.adminHeading],
  ])('links mode: %s says where to go instead', async (path, heading) => {
    await app.renderApp(path, { portalConfig: allLinks });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const choices = screen.getByRole('list', { name: en.portal.choices });
    expect(within(choices).getByRole('link', { name: /^Change my password/ })).toHaveAttribute(
      'href',
      'https://sso.contoso.com/change',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('mixed: reset by link, change password in the portal, sign-in offered, no admin console when turned off', async () => {
    const mixed = config({ admin: false, journeys: { reset: 'links', register: 'links', change: 'api' } });
    const { location } = await app.renderApp('/', { portalConfig: mixed });
    expect(await screen.findByRole('link', { name: /^Reset my password/ })).toHaveAttribute(
      'href',
      'https://passwordreset.microsoftonline.com/',
    );
    expect(screen.getByRole('link', { name: /^Change my password/ })).toHaveAttribute(
      'href',
      '/change-password',
    );
    expect(location().pathname).toBe('/');
  });

  it('mixed: /admin is not offered when portal.json turns it off', async () => {
    await app.renderApp('/admin', { portalConfig: config({ admin: false }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: en.portal.adminHeading }),
    ).toBeInTheDocument();
  });

  it('/.well-known/change-password goes to the portal’s change-password page in api mode', async () => {
    const { location } = await app.renderApp('/.well-known/change-password', {
      portalConfig: config({}),
      signedInAs: 'adele@contoso.com',
    });
    await waitFor(() => expect(location().pathname).toBe('/change-password'));
    expect(
      await screen.findByRole('heading', { level: 1, name: en.titles.changePassword }),
    ).toBeInTheDocument();
  });
});
