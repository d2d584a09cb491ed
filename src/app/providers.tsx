import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrandingProvider } from '@/branding';
import { SessionProvider } from '@/components/session';
import { LanguageSync } from './language-sync';
import type { ProblemNotifier } from './problem-notifier';
import { ProblemToaster } from './problem-toaster';

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  notifier: ProblemNotifier;
  children: ReactNode;
}

/** Everything a page needs around it: server state, language, brand and theme, session, toasts. */
export function AppProviders({ queryClient, i18n, notifier, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <BrandingProvider>
          <SessionProvider>
            <LanguageSync />
            <ProblemToaster notifier={notifier} />
            {children}
          </SessionProvider>
        </BrandingProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
