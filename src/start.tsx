import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { isApiError } from '@/api';
import { demoMode, waitForBackend } from '@/api/api-client';
import { sessionStore } from '@/api/session-store';
import { App, loadPageAt } from '@/app';
import { rememberTypedFields } from '@/components/form/typed-before-takeover';
import { preloadPreferredTheme } from '@/branding';
import { appTakesOverReveal, createI18n, initialLanguage, setLanguage } from '@/i18n';
import { startPortalConfig, type PortalConfig } from '@/portal-config';
import { closeEarlyRequests } from '@/api/early-requests';

/**
 * The HTML was prerendered at build time (src/prerender/entry.tsx) for this address, signed out,
 * in the build's default language, with the build's portal.json (`data-portal-config`): when this
 * tab matches it, the app takes the page over as it is (hydrates) at once; otherwise it renders
 * anew in its place (a signed-in tab, a reset in progress, another language, a query).
 */
function prerenderedConfig(container: HTMLElement, language: string): PortalConfig | null {
  // `data-prerendered`: src/prerender/prerendered-pages.ts (not imported: the entry chunk would take its name).
  const renderedFor = container.dataset.prerendered;
  if (renderedFor === undefined || (renderedFor !== '*' && renderedFor !== window.location.pathname)) return null;
  if (window.location.search !== '' || language !== document.documentElement.lang) return null;
  try {
    // The session and a reset in progress live in this tab's sessionStorage.
    if (sessionStore.get() !== null || sessionStorage.length > 0) return null;
  } catch {
    // No storage: nothing of this tab to show.
  }
  try {
    return JSON.parse(container.dataset.portalConfig ?? '') as PortalConfig;
  } catch {
    return null;
  }
}

/** Calls `onCommit` once its children are on the page: for a prerendered page, once it is taken over. */
function Committed({ onCommit, children }: { onCommit(): void; children: ReactNode }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

/** Takes the prerendered page over, or renders the app anew (src/main.tsx calls it after its stages). */
export async function start(): Promise<void> {
  appTakesOverReveal();
  // The page's script asks for nothing more: what it has asked for, the app takes; the rest it asks itself.
  closeEarlyRequests();
  // /portal.json loads beside everything else; the page renders without waiting for it.
  const portalConfig = startPortalConfig();
  // A dark colour scheme loads the dark theme beside the rest (it is not in the first page's JavaScript).
  const darkTheme = preloadPreferredTheme();
  const i18n = createI18n();
  // Nothing the person asks for matches: the organisation's default, which a prerendered page is in.
  const language = initialLanguage(document.documentElement.lang);
  // English comes with the app (no wait); another language loads first, its text hidden meanwhile.
  await setLanguage(i18n, language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs a #root element');
  const prerendered = prerenderedConfig(container, language);
  let demo = false;
  if (demoMode) {
    // Demo builds only (a build against a real API has none of this), and only when portal.json
    // keeps a journey on the mock backend. The mock backend starts beside the first render; API
    // calls wait for it, the paint does not (portal.json is small and fetched at once). A
    // prerendered page says what it was rendered with, so taking it over waits for nothing.
    const mocks = import('../mocks/browser');
    demo = (prerendered ?? (await portalConfig)).backend === 'demo';
    waitForBackend(portalConfig.then((config) => (config.backend === 'demo' ? mocks.then(({ startMockWorker }) => startMockWorker()) : undefined)));
  }
  const options: RootOptions = {
    // An API error a boundary caught is shown to the person ("the service can't be reached",
    // "try again"): an answer, not a bug. Anything else is still reported.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack);
    },
  };
  // Griffel takes over the style elements the prerender wrote (no rule inserted twice).
  const renderer = createDOMRenderer(document);
  let hydrated = () => {};
  const hydration = new Promise<void>((resolve) => (hydrated = resolve));
  const app = (config: PortalConfig | Promise<PortalConfig>, withDemo = demo) => (
    <StrictMode>
      <RendererProvider renderer={renderer}>
        <Committed onCommit={hydrated}>
          <App demo={withDemo} i18n={i18n} portalConfig={config} />
        </Committed>
      </RendererProvider>
    </StrictMode>
  );
  if (!prerendered) {
    // Drawn anew: in the dark theme at once. (A prerendered page is light until it is taken over.)
    await darkTheme;
    createRoot(container, options).render(app(portalConfig));
    return;
  }
  // The page's own module first (its chunk came with the page), so it is taken over in one pass.
  await loadPageAt(window.location.pathname).catch(() => undefined);
  // At once, with the portal.json the page was rendered with; the deployed one follows if it differs.
  // What the person typed meanwhile goes to the form, not away with the takeover.
  rememberTypedFields(container);
  // As a transition, so the work is done in slices a phone can answer input between (the page is
  // already painted; React hydrates first the part the person touches), not in one long task.
  let root: ReturnType<typeof hydrateRoot> | undefined;
  startTransition(() => {
    root = hydrateRoot(container, app(prerendered), options);
  });
  const loaded = await portalConfig;
  if (!root || JSON.stringify(loaded) === JSON.stringify(prerendered)) return;
  // Not before the page is taken over: an update to a root still hydrating makes React give the
  // page up and draw it anew (error #424; the links-mode browser test caught it).
  await hydration;
  root.render(app(loaded, demoMode && loaded.backend === 'demo'));
}

