import '@testing-library/jest-dom/vitest';
import { cleanup, configure, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { ApiClient, Language, OutboxMessage } from '@/api';
import { sessionStore } from '@/api/session-store';
import { AppProviders, AppRoutes, createProblemNotifier, createQueryClient } from '@/app';
import { createI18n, setLanguage, storeLanguage } from '@/i18n';
import { createTestServer, type TestServer, type TestServerOptions } from '../mocks/node';
import runtimeBranding from '../public/branding.json';

// The first visit of a route compiles its lazy chunk; on a busy machine that takes a while.
configure({ asyncUtilTimeout: 5000 });

/** jsdom lacks these; Fluent measures and animates with them. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') globalThis.ResizeObserver = NoopResizeObserver;
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

export interface RenderAppOptions {
  /** Sign in first (through the dev API, as the persona switcher does). */
  signedInAs?: string;
  language?: Language;
  /** Render the demo tools (badge, inbox, personas). */
  demo?: boolean;
}

export interface AppHarness {
  mock: TestServer;
  /** An anonymous client against the same backend (dev calls, setup). */
  api: ApiClient;
  /** A client signed in as this person. */
  as(userPrincipalName: string): Promise<ApiClient>;
  /** The whole portal, with the real providers and routes, at `route`. */
  renderApp(route: string, options?: RenderAppOptions): ReturnType<typeof renderPortal>;
  /** The newest message the mock sent to an address or an E.164 number. */
  lastMessage(to: string): Promise<OutboxMessage>;
  /** The code of that message. */
  lastCode(to: string): Promise<string>;
  /** Move the mock clock forward. */
  advanceClock(seconds: number): Promise<void>;
}

/** Keeps the router's current location where a test can read it. */
function LocationProbe({ into }: { into: { current: Location | null } }) {
  into.current = useLocation();
  return null;
}

async function renderPortal(route: string, options: RenderAppOptions) {
  const notifier = createProblemNotifier();
  // A fresh client per test, retries off, so a failure shows at once.
  const queryClient = createQueryClient({ onProblem: notifier.notify, retry: false });
  const i18n = createI18n();
  if (options.language) {
    // Stored as the person's choice, or the organisation's default language would win at once.
    storeLanguage(options.language);
    await setLanguage(i18n, options.language);
  }
  const current: { current: Location | null } = { current: null };
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} notifier={notifier}>
      <MemoryRouter initialEntries={[route]}>
        <LocationProbe into={current} />
        <AppRoutes demo={options.demo ?? false} />
      </MemoryRouter>
    </AppProviders>,
  );
  /** Where the app is now (path and query). */
  const location = () => {
    if (!current.current) throw new Error('The router has not rendered');
    return current.current;
  };
  return { ...view, user, location, queryClient, i18n };
}

/**
 * One mock backend per test file (the real handlers in Node), back to the seed before every
 * test, with the runtime `/branding.json` served beside it.
 */
export async function useApp(options: TestServerOptions = {}): Promise<AppHarness> {
  const mock = await createTestServer(options);
  const api = mock.client();
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    await mock.reset();
    mock.server.use(http.get('*/branding.json', () => HttpResponse.json(runtimeBranding)));
  });
  afterEach(() => {
    // Unmount first, so nothing renders outside act() while state is cleared.
    cleanup();
    sessionStore.clear();
    sessionStorage.clear();
    localStorage.clear();
    mock.server.resetHandlers();
  });
  afterAll(() => mock.server.close());

  // The page sends as the person clicks; wait for the message rather than race it.
  const lastMessage = (to: string) =>
    waitFor(
      async () => {
        const { items } = await api.call('getOutbox', { query: { to } });
        const newest = items[0];
        if (!newest) throw new Error(`Nothing was sent to ${to}`);
        return newest;
      },
      { timeout: 3000 },
    );

  return {
    mock,
    api,
    async as(userPrincipalName) {
      const session = await api.call('devSignIn', { body: { userId: userPrincipalName } });
      return mock.client(session.token);
    },
    async renderApp(route, renderOptions = {}) {
      if (renderOptions.signedInAs) {
        sessionStore.set(await api.call('devSignIn', { body: { userId: renderOptions.signedInAs } }));
      }
      return renderPortal(route, renderOptions);
    },
    lastMessage,
    async lastCode(to) {
      const message = await lastMessage(to);
      if (!message.code) throw new Error(`The newest message to ${to} has no code`);
      return message.code;
    },
    async advanceClock(seconds) {
      await api.call('advanceClock', { body: { advanceSeconds: seconds } });
    },
  };
}
