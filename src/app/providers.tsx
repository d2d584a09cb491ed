import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Branding } from '@/api/schemas/branding';
import { BrandingProvider } from '@/branding';
import { SessionProvider } from '@/components/session';
import { PortalConfigProvider, type PortalConfig } from '@/portal-config';
import { LanguageSync } from './language-sync';
import type { ProblemNotifier } from './problem-notifier';
import { ToasterOnFirstProblem } from './toaster-on-first-problem';

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  notifier: ProblemNotifier;
  /** `/portal.json` as loaded, or on its way; default: this build's own back end for everything. */
  portalConfig?: PortalConfig | Promise<PortalConfig>;
  /** The branding of the first render; default: the defaults inlined in the page. */
  initialBranding?: Branding;
  children: ReactNode;
}

/** Everything a page needs around it: server state, language, back-end modes, brand and theme, session, toasts. */
export function AppProviders({ queryClient, i18n, notifier, portalConfig, initialBranding, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <PortalConfigProvider config={portalConfig}>
          <BrandingProvider initial={initialBranding}>
            <SessionProvider>
              <LanguageSync />
              <ToasterOnFirstProblem notifier={notifier} />
              {children}
            </SessionProvider>
          </BrandingProvider>
        </PortalConfigProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
