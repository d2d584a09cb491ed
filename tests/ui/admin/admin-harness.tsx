import '@testing-library/jest-dom/vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Language } from '@/api';
import { sessionStore } from '@/api/session-store';
import { BrandingProvider, useBranding } from '@/branding';
import { SessionProvider } from '@/components/session';
import { AdminApp } from '@/features/admin';
import { createI18n } from '@/i18n';
import { createTestServer, type TestServer } from '../../../mocks/node';
import runtimeBranding from '../../../public/branding.json';


/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') globalThis.ResizeObserver = NoopResizeObserver;

/** The one mock backend of this file's tests, with the runtime `/branding.json` served beside it. */
export async function startAdminServer(): Promise<TestServer> {
  const mock = await createTestServer();
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    await mock.reset();
    sessionStore.clear();
    mock.server.use(
      http.get('*/branding.json', () => HttpResponse.json(runtimeBranding)),
      // The sample logos, as a static host serves them (the rollout kit inlines them).
      http.get('*/brands/:brand/:file', ({ params }) => {
        const file = resolve(process.cwd(), 'public/brands', String(params.brand), String(params.file));
        return new HttpResponse(readFileSync(file), { headers: { 'Content-Type': 'image/svg+xml' } });
      }),
    );
  });
  afterEach(() => {
    // Unmount before signing out, so nothing renders outside act().
    cleanup();
    sessionStore.clear();
    mock.server.resetHandlers();
  });
  afterAll(() => mock.server.close());
  return mock;
}

/** What the app shell shows of the effective branding (the real header belongs to the people's portal). */
function BrandProbe() {
  const { branding } = useBranding();
  return <p data-testid="organization-name">{branding.organizationName}</p>;
}

/** Signs in through the dev API (as a persona switcher does) and renders the console at `route`. */
export async function renderAdmin(mock: TestServer, route: string, options: { signedInAs?: string; language?: Language } = {}) {
  if (options.signedInAs) {
    const session = await mock.client().call('devSignIn', { body: { userId: options.signedInAs } });
    sessionStore.set(session);
  }
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n(options.language ?? 'en');
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <BrandingProvider>
          <SessionProvider>
            <MemoryRouter initialEntries={[route]}>
              <BrandProbe />
              <Routes>
                <Route path="/admin/*" element={<AdminApp />} />
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
            </MemoryRouter>
          </SessionProvider>
        </BrandingProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
