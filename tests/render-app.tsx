import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import type { ApiClient, OutboxMessage } from '@/api';
import { sessionStore } from '@/api/session-store';
import { AppProviders, AppRoutes, createProblemNotifier, createQueryClient } from '@/app';
import { createI18n, setLanguage, storeLanguage, type LanguageTag } from '@/i18n';
import type { PortalConfig } from '@/portal-config';
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

/**
 * The client's timers (polling, debounces) on fake timers that still move with real time, so a
 * test can jump to the next poll with `advanceClientTimers` instead of waiting it out. Call it
 * before rendering; tests/setup.ts puts the real timers back after each test.
 */
export function useFakeClientTimers(): void {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

/** Runs the client's timers due within `ms` now (after `useFakeClientTimers`). */
export async function advanceClientTimers(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/**
 * jsdom works out an element's style by matching it against every CSS rule in the document, and
 * Testing Library asks for the style of each element a role query looks at (is it hidden?), as
 * user-event does before a click (can it take the pointer?). Fluent's thousands of atomic rules,
 * and its theme (one rule of some 500 CSS variables, read again for every element), made that the
 * costliest part of a UI test. Only a rule that hides something or refuses the pointer can change
 * what a test sees, so jsdom's style sheets take only those.
 */
const changesWhatTestsSee = /display:\s*none|visibility:\s*(hidden|collapse)|pointer-events:\s*none/;
const filteredSheets = Symbol.for('password-portal.tests.filteredSheets');
if (typeof CSSStyleSheet !== 'undefined' && !(filteredSheets in CSSStyleSheet.prototype)) {
  const insertRule: (this: CSSStyleSheet, rule: string, index?: number) => number = CSSStyleSheet.prototype.insertRule;
  Object.defineProperty(CSSStyleSheet.prototype, filteredSheets, { value: true });
  CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
    return changesWhatTestsSee.test(rule) ? insertRule.call(this, rule, index) : Math.min(index ?? 0, this.cssRules.length);
  };
}

export interface RenderAppOptions {
  /** Sign in first (through the dev API, as the persona switcher does). */
  signedInAs?: string;
  language?: LanguageTag;
  /** Render the demo tools (badge, inbox, personas). */
  demo?: boolean;
  /** What `/portal.json` chose; default: every journey on this (mock) back end. */
  portalConfig?: PortalConfig;
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

/**
 * Keeps the router's current location (and its navigate, for the browser's Back) where a test can
 * read it: the location on the screen, so recorded once a render is committed and its effects
 * have run. (Read during render, a test could see an address whose render the router, in a
 * transition, had only begun; a Back pressed then merged with that unfinished move and was lost.)
 */
function LocationProbe({ into }: { into: { current: Location | null; navigate?: NavigateFunction } }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    into.current = location;
    into.navigate = navigate;
  }, [into, location, navigate]);
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
  const current: { current: Location | null; navigate?: NavigateFunction } = { current: null };
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} notifier={notifier} portalConfig={options.portalConfig}>
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
  /** The browser's Back button. */
  const goBack = async () => {
    const navigate = current.navigate;
    if (!navigate) throw new Error('The router has not rendered');
    await act(async () => {
      await navigate(-1);
    });
  };
  return { ...view, user, location, goBack, queryClient, i18n };
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
