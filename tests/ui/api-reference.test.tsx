import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { buildOpenApiDocument } from '../../scripts/openapi-document';
import { useApp } from '../render-app';

const app = await useApp();
const openApiDocument = buildOpenApiDocument();
const operationCount = Object.values(openApiDocument.paths).reduce(
  (count, item) => count + Object.keys(item).length,
  0,
);

/** The document the demo build publishes beside the page (the same generator). */
function publishDocument() {
  app.mock.server.use(http.get('*/docs/api/openapi.json', () => HttpResponse.json(openApiDocument)));
}

describe('API reference (/docs/api)', () => {
  it('lists every operation of the document by section, and opens one with the keyboard', async () => {
    publishDocument();
    const { user } = await app.renderApp('/docs/api');
    expect(await screen.findByRole('heading', { level: 1, name: 'API reference' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    for (const tag of ['Public', 'Reset', 'Session', 'Security info', 'Admin', 'Dev']) {
      expect(await within(main).findByRole('heading', { level: 2, name: tag })).toBeInTheDocument();
    }
    expect(within(main).getAllByRole('heading', { level: 3 })).toHaveLength(operationCount);
    expect(within(main).getByRole('link', { name: 'openapi.json (OpenAPI 3.1)' })).toHaveAttribute(
      'href',
      '/docs/api/openapi.json',
    );
    expect(document.title).toBe('API reference · Contoso');

    const verify = within(main).getByRole('button', {
      name: /^POST \/reset\/\{flowId\}\/challenges\/\{challengeId\}\/verify Verify a code or answers$/,
    });
    expect(verify).toHaveAttribute('aria-expanded', 'false');
    verify.focus();
    await user.keyboard('{Enter}');
    expect(verify).toHaveAttribute('aria-expanded', 'true');
    const panel = within(main).getByRole('heading', { level: 4, name: 'Parameters' }).parentElement!
      .parentElement!;
    expect(within(panel).getByText('Not needed: anyone may call this.')).toBeInTheDocument();
    expect(within(panel).getByText('flowId')).toBeInTheDocument();
    expect(within(panel).getAllByText('in the path')).toHaveLength(2);
    expect(
      within(panel).getAllByText((_, element) => element?.textContent === 'string, 1 to 200 characters')
        .length,
    ).toBeGreaterThan(0);
    // Every answer: the success and each problem status with its codes.
    for (const status of ['200', '400', '404', '409', '410', '413', '422', '429', '500']) {
      expect(within(panel).getByText(status, { selector: 'code' })).toBeInTheDocument();
    }

    // A named schema opens on demand (a native disclosure; the browser test opens it with the keyboard).
    await user.click(within(panel).getByText('VerifyChallengeRequest'));
    expect(await within(panel).findByText('answers')).toBeInTheDocument();
    expect(within(panel).getByText('One of:')).toBeInTheDocument();
    expect(within(panel).getByText('1 to 5 items', { exact: false })).toBeInTheDocument();
  });

  it('says who may call each operation', async () => {
    publishDocument();
    const { user } = await app.renderApp('/docs/api');
    const open = async (name: RegExp) => user.click(await screen.findByRole('button', { name }));
    await open(/^GET \/me The signed-in person$/);
    expect(screen.getByText('Needed: the Bearer token of a signed-in person.')).toBeInTheDocument();
    await open(/^POST \/password-rules\/check /);
    expect(screen.getByText('Optional: send the Bearer token when signed in.')).toBeInTheDocument();
  });

  it('reads in Dutch, with the document’s own words marked as English', async () => {
    publishDocument();
    const { user } = await app.renderApp('/docs/api', { language: 'nl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'API-referentie' })).toBeInTheDocument();
    expect(document.title).toBe('API-referentie · Contoso');
    const branding = await screen.findByRole('button', { name: /^GET \/branding / });
    await user.click(branding);
    expect(screen.getByRole('heading', { level: 4, name: 'Aanmelden' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Antwoorden' })).toBeInTheDocument();
    expect(screen.getByText('Niet nodig: iedereen mag dit aanroepen.')).toBeInTheDocument();
    expect(within(branding).getByText('The effective branding (footer labels per language)')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Reset' })).toHaveAttribute('lang', 'en');
  });

  it('is linked from the demo tools, which close as it opens', async () => {
    publishDocument();
    const { user, location } = await app.renderApp('/', { demo: true });
    await user.click(await screen.findByRole('button', { name: 'Demo tools' }));
    await user.click(await screen.findByRole('link', { name: 'API reference' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'API reference' })).toBeInTheDocument();
    expect(location().pathname).toBe('/docs/api');
    expect(screen.getByRole('button', { name: 'Demo tools' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when the document could not be loaded: the route error page, whose Try again loads the page again', async () => {
    // React reports the error the route's boundary caught; nothing else may be logged.
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!args.some((arg) => String(arg).includes('RouteErrorBoundary')))
        throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
    });
    app.mock.server.use(http.get('*/docs/api/openapi.json', () => new HttpResponse(null, { status: 503 })));
    await app.renderApp('/docs/api');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    // (Not a problem answer of the API: Try again reloads the page, which jsdom cannot do.)
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });
});
