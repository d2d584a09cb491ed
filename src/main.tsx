import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from '@/api';
import { demoMode, waitForBackend } from '@/api/api-client';
import { App } from '@/app';
import { createI18n, initialLanguage, setLanguage } from '@/i18n';

async function start(): Promise<void> {
  if (demoMode) {
    // Demo mode only: a build against a real API (VITE_API_BASE_URL set) has none of this. The
    // mock backend starts beside the first render; API calls wait for it, the paint does not.
    waitForBackend(import('../mocks/browser').then(({ startMockWorker }) => startMockWorker()));
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
      <App demo={demoMode} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
