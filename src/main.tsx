import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { isApiError } from '@/api';
import { demoMode, waitForBackend } from '@/api/api-client';
import { sessionStore } from '@/api/session-store';
import { App } from '@/app';
import { createI18n, initialLanguage, setLanguage } from '@/i18n';
import { startPortalConfig, type PortalConfig } from '@/portal-config';

/**
 * The HTML was prerendered at build time (src/prerender/entry.tsx) for this address, signed out,
 * in the build's default language, with the build's portal.json: when this tab matches all of
 * that, the app takes the page over as it is (hydrates); otherwise it renders anew in its place
 * (a signed-in tab, a reset in progress, another language, an edited portal.json).
 */
function matchesPrerendered(container: HTMLElement, language: string, config: PortalConfig): boolean {
  // `data-prerendered`: src/prerender/prerendered-pages.ts (not imported: the entry chunk would take its name).
  const renderedFor = container.dataset.prerendered;
  if (renderedFor !== '*' && renderedFor !== window.location.pathname) return false;
  if (window.location.search !== '' || language !== document.documentElement.lang) return false;
  if (container.dataset.portalConfig !== JSON.stringify(config)) return false;
  try {
    // The session and a reset in progress live in this tab's sessionStorage.
    if (sessionStore.get() !== null || sessionStorage.length > 0) return false;
  } catch {
    // No storage: nothing of this tab to show.
  }
  return true;
}

async function start(): Promise<void> {
  // /portal.json loads beside everything else; the page renders without waiting for it.
  const portalConfig = startPortalConfig();
  let demo = false;
  if (demoMode) {
    // Demo builds only (a build against a real API has none of this), and only when portal.json
    // keeps a journey on the mock backend. The mock backend starts beside the first render; API
    // calls wait for it, the paint does not (portal.json is small and fetched at once).
    const mocks = import('../mocks/browser');
    demo = (await portalConfig).backend === 'demo';
    if (demo) waitForBackend(mocks.then(({ startMockWorker }) => startMockWorker()));
  }
  const i18n = createI18n();
  const language = initialLanguage();
  await setLanguage(i18n, language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs a #root element');
  // A prerendered page is on screen already: taking it over may wait for portal.json.
  const config = container.dataset.prerendered !== undefined ? await portalConfig : null;
  const hydrate = config !== null && matchesPrerendered(container, language, config);
  const options: RootOptions = {
    // An API error a boundary caught is shown to the person ("the service can't be reached",
    // "try again"): an answer, not a bug. Anything else is still reported.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack);
    },
  };
  // Griffel takes over the style elements the prerender wrote (no rule inserted twice).
  const app = (
    <StrictMode>
      <RendererProvider renderer={createDOMRenderer(document)}>
        <App demo={demo} i18n={i18n} portalConfig={config ?? portalConfig} />
      </RendererProvider>
    </StrictMode>
  );
  if (hydrate) hydrateRoot(container, app, options);
  else createRoot(container, options).render(app);
}

void start();
