import type { i18n as I18n } from 'i18next';
import { useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import type { Branding } from '@/api/schemas/branding';
import type { PortalConfig } from '@/portal-config';
import { createProblemNotifier } from './problem-notifier';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';

export interface AppProps {
  /** The mock backend runs in this page, so the demo tools are shown. */
  demo: boolean;
  /** Created (and its language loaded) before the first render, so nothing flashes. */
  i18n: I18n;
  /** `/portal.json`, loading beside the first render (src/start.tsx starts it). */
  portalConfig?: PortalConfig | Promise<PortalConfig>;
  /** The branding of the first render; default: the defaults inlined in the page. */
  initialBranding?: Branding;
  /** The browser's router; the prerender (src/prerender.tsx) gives a static one. */
  Router?: ComponentType<{ children: ReactNode }>;
}

/** The portal in the browser: one router, one query client, one i18n instance. */
export function App({ demo, i18n, portalConfig, initialBranding, Router = BrowserRouter }: AppProps) {
  const [notifier] = useState(createProblemNotifier);
  const [queryClient] = useState(() => createQueryClient({ onProblem: notifier.notify }));
  return (
    <AppProviders queryClient={queryClient} i18n={i18n} notifier={notifier} portalConfig={portalConfig} initialBranding={initialBranding}>
      <Router>
        <AppRoutes demo={demo} />
      </Router>
    </AppProviders>
  );
}
