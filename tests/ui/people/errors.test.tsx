import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { storeLanguage } from '@/i18n';
import { en } from '@/i18n/locales/en';
import { nl } from '@/i18n/locales/nl';
import { useApp } from '../../render-app';

const app = await useApp();

const serverError = () =>
  HttpResponse.json({ status: 500, code: 'internal', title: 'Boom' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } });

describe('errors the person did not cause', () => {
  it('shows a server failure of a page’s data on the route’s error page, and tries again', async () => {
    app.mock.server.use(http.get('*/api/v1/me/security-info', serverError, { once: true }));
    // React reports the error its boundary caught; that one report is expected here.
    const reported: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!args.some((arg) => String(arg).includes('RouteErrorBoundary'))) throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
      reported.push(args);
    });
    const { user } = await app.renderApp('/security-info', { signedInAs: 'adele@contoso.com' });
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('Something went wrong on our side. Try again later.')).toBeInTheDocument();
    // The header and footer stay: only the route failed.
    expect(screen.getByRole('banner')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Security info' })).toBeInTheDocument();
    expect(reported).toHaveLength(1);
  });

  it.each([
    [
      'answered by a web server that has no API',
      () => new HttpResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
    ],
    ['refused', () => HttpResponse.error()],
  ])(
    'says the service can’t be reached when the API is %s, in English and Dutch, and tries again',
    async (_name, answer) => {
      app.mock.server.use(http.get('*/api/v1/captcha', answer));
      // React reports the error the reset step's boundary caught; only those reports are expected.
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        if (!args.some((arg) => String(arg).includes('error boundary')))
          throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
      });
      const first = await app.renderApp('/reset');
      // The error takes the whole step's place, so it is the page's heading too.
      expect(await screen.findByRole('heading', { level: 1, name: en.errors.unreachableHeading })).toBeInTheDocument();
      expect(screen.getByText(en.errors.offline)).toBeInTheDocument();
      // Not the reset form without its picture.
      expect(screen.queryByRole('textbox', { name: new RegExp(en.reset.userId) })).not.toBeInTheDocument();
      app.mock.server.resetHandlers();
      await first.user.click(screen.getByRole('button', { name: en.common.retry }));
      expect(await screen.findByRole('textbox', { name: new RegExp(en.reset.userId) })).toBeInTheDocument();
      first.unmount();

      app.mock.server.use(http.get('*/api/v1/captcha', answer));
      storeLanguage('nl'); // the person's choice; the organisation's default would be English
      await app.renderApp('/reset', { language: 'nl' });
      expect(await screen.findByRole('heading', { level: 1, name: nl.errors.unreachableHeading })).toBeInTheDocument();
      expect(screen.getByText(nl.errors.offline)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: nl.common.retry })).toBeInTheDocument();
    },
  );

  it('signs the person out when the session has ended, and asks them to sign in again', async () => {
    const { user } = await app.renderApp('/', { signedInAs: 'adele@contoso.com' });
    expect(await screen.findByText('Signed in as Adele Vance')).toBeInTheDocument();
    await app.advanceClock(9 * 3600);
    await user.click(await screen.findByRole('link', { name: /Register or update my security info/ }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('Signed in as Adele Vance')).not.toBeInTheDocument();
  });

  it('raises a toast when a change fails on the server’s side', async () => {
    app.mock.server.use(http.post('*/api/v1/me/security-info/confirm', serverError, { once: true }));
    const { user } = await app.renderApp('/security-info', { signedInAs: 'adele@contoso.com' });
    await user.click(await screen.findByRole('button', { name: 'Looks good' }));
    expect(await screen.findByText('That did not work: Something went wrong on our side. Try again later.')).toBeInTheDocument();
  });
});
