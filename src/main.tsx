import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoMode } from '@/api/api-client';
import { App } from '@/app';
import { createI18n, initialLanguage, setLanguage } from '@/i18n';
import { startPortalConfig } from '@/portal-config';

async function start(): Promise<void> {
  // /portal.json loads beside everything else; the page renders without waiting for it.
  const portalConfig = startPortalConfig();
  let demo = false;
  if (demoMode) {
    // Demo builds only (a build against a real API has none of this), and only when portal.json
    // keeps a journey on the mock backend.
    const [config, mocks] = await Promise.all([portalConfig, import('../mocks/browser')]);
    demo = config.backend === 'demo';
    if (demo) await mocks.startMockWorker();
  }
  const i18n = createI18n();
  await setLanguage(i18n, initialLanguage());
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs a #root element');
  createRoot(container).render(
    <StrictMode>
      <App demo={demo} i18n={i18n} portalConfig={portalConfig} />
    </StrictMode>,
  );
}

void start();
