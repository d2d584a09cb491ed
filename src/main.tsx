import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from '@/api';
import { demoMode, waitForBackend } from '@/api/api-client';
import { App } from '@/app';
import { createI18n, initialLanguage, setLanguage } from '@/i18n';
import { startPortalConfig } from '@/portal-config';

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
  await setLanguage(i18n, initialLanguage());
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs a #root element');
  createRoot(container, {
    // An API error a boundary caught is shown to the person ("the service can't be reached",
    // "try again"): an answer, not a bug. Anything else is still reported.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App demo={demo} i18n={i18n} portalConfig={portalConfig} />
    </StrictMode>,
  );
}

void start();
