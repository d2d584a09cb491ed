import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import type { Branding, EffectiveBranding } from '@/api/schemas/branding';
import { BrandingProvider, brandingKeys, useBranding } from './branding-provider';
import { fallbackBranding } from './fallback-branding';
import { inlineDefaultsId } from './inline-defaults';

const fabrikam: Branding = {
  ...fallbackBranding,
  organizationName: 'Fabrikam',
  brandColor: '#038387',
  helpdeskUrl: 'https://help.fabrikam.com',
  defaultLanguage: 'nl',
};

function apiBranding(branding: Branding, customized: boolean): EffectiveBranding {
  return { ...branding, customized, helpdesk: { mode: 'default', contact: null } };
}

type Answer = { status: number; body: unknown };

/** Answers `/branding.json` and `GET /api/v1/branding` without a network. */
function stubFetch(defaults: Answer, api: Answer) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = url.endsWith('/branding.json') ? defaults : api;
    const contentType = answer.status >= 400 && answer !== defaults ? 'application/problem+json' : 'application/json';
    return new Response(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': contentType },
    });
  });
}

function Probe() {
  const { branding, theme, helpdesk, paleBrandWarning } = useBranding();
  return (
    <dl>
      <dt>name</dt>
      <dd data-testid="name">{branding.organizationName}</dd>
      <dt>button</dt>
      <dd data-testid="button">{theme.colorBrandBackground}</dd>
      <dt>helpdesk</dt>
      <dd data-testid="helpdesk">{helpdesk.contact ?? 'default'}</dd>
      <dt>pale</dt>
      <dd data-testid="pale">{String(paleBrandWarning)}</dd>
    </dl>
  );
}

function renderProvider(children: ReactNode = <Probe />) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <BrandingProvider>{children}</BrandingProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const notCustomized = { status: 200, body: apiBranding(fallbackBranding, false) };

describe('BrandingProvider', () => {
  it('uses /branding.json when no admin saved a branding', async () => {
    stubFetch({ status: 200, body: fabrikam }, notCustomized);
    renderProvider();
    await waitFor(() => expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam'));
    expect(screen.getByTestId('button')).toHaveTextContent('#038387');
    expect(screen.getByTestId('helpdesk')).toHaveTextContent('https://help.fabrikam.com');
  });

  it('falls back to the built-in Contoso when /branding.json is invalid', async () => {
    stubFetch({ status: 200, body: { ...fabrikam, brandColor: 'teal' } }, notCustomized);
    renderProvider();
    expect(await screen.findByTestId('name')).toHaveTextContent('Contoso');
    expect(screen.getByTestId('button')).toHaveTextContent('#0F6CBD');
  });

  it('falls back to the built-in Contoso when /branding.json is missing or not JSON', async () => {
    stubFetch({ status: 404, body: 'Not found' }, notCustomized);
    const first = renderProvider();
    expect(await screen.findByTestId('name')).toHaveTextContent('Contoso');
    first.unmount();
    stubFetch({ status: 200, body: '<html>' }, notCustomized);
    renderProvider();
    expect(await screen.findByTestId('name')).toHaveTextContent('Contoso');
  });

  it("prefers an admin's saved branding from GET /branding", async () => {
    const saved = { ...fabrikam, organizationName: 'Northwind', brandColor: '#FFB900' };
    stubFetch({ status: 200, body: fabrikam }, { status: 200, body: apiBranding(saved, true) });
    renderProvider();
    expect(await screen.findByText('Northwind')).toBeInTheDocument();
    expect(screen.getByTestId('pale')).toHaveTextContent('true');
    expect(screen.getByTestId('button')).not.toHaveTextContent('#FFB900');
  });

  it('keeps the defaults when GET /branding fails', async () => {
    stubFetch({ status: 200, body: fabrikam }, { status: 500, body: { status: 500, code: 'internal', title: 'Boom' } });
    renderProvider();
    await waitFor(() => expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam'));
  });

  describe('with the defaults inlined in the page', () => {
    let inline: HTMLScriptElement;
    beforeEach(() => {
      inline = document.createElement('script');
      inline.id = inlineDefaultsId;
      inline.type = 'application/json';
      inline.textContent = JSON.stringify(fabrikam);
      document.head.append(inline);
    });
    afterEach(() => inline.remove());

    it('renders them at once, before /branding.json answers', () => {
      vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
      renderProvider();
      expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam');
      expect(screen.getByTestId('button')).toHaveTextContent('#038387');
    });

    it('swaps to /branding.json when it differs', async () => {
      stubFetch({ status: 200, body: { ...fabrikam, organizationName: 'Northwind' } }, notCustomized);
      renderProvider();
      expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam');
      await waitFor(() => expect(screen.getByTestId('name')).toHaveTextContent('Northwind'));
    });

    it('renders nothing below it again when /branding.json says the same (a whole page, ~160 ms on a slow phone)', async () => {
      stubFetch({ status: 200, body: fabrikam }, notCustomized);
      const rendered = vi.fn();
      function Counted() {
        useBranding();
        // After every render of a component that reads the branding.
        useEffect(() => rendered());
        return <Probe />;
      }
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      render(
        <QueryClientProvider client={queryClient}>
          <BrandingProvider>
            <Counted />
          </BrandingProvider>
        </QueryClientProvider>,
      );
      await waitFor(() => expect(queryClient.getQueryState(brandingKeys.defaults())?.status).toBe('success'));
      await waitFor(() => expect(queryClient.getQueryState(brandingKeys.effective())?.status).toBe('success'));
      expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam');
      expect(rendered).toHaveBeenCalledTimes(1);
    });

    it('keeps them when /branding.json is missing', async () => {
      const fetches = vi.fn(() => Promise.resolve(new Response('Not found', { status: 404 })));
      vi.stubGlobal('fetch', fetches);
      renderProvider();
      await waitFor(() => expect(fetches).toHaveBeenCalled());
      await waitFor(() => expect(screen.getByTestId('name')).toHaveTextContent('Fabrikam'));
    });
  });

  it('draws a dark colour scheme in the dark theme once its code has loaded (it is not in the first page)', async () => {
    stubFetch({ status: 200, body: fabrikam }, notCustomized);
    const dark = (query: string) =>
      ({
        matches: query === '(prefers-color-scheme: dark)',
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) satisfies MediaQueryList;
    vi.stubGlobal('matchMedia', dark);
    function Scheme() {
      const { colorScheme, theme } = useBranding();
      return <p data-testid="scheme">{`${colorScheme} ${theme.colorNeutralBackground1}`}</p>;
    }
    renderProvider(<Scheme />);
    await waitFor(() => expect(screen.getByTestId('scheme')).toHaveTextContent('dark #292929'));
  });
});
