import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Messages } from '@/i18n';
import { Page, useDocumentTitle } from '../layout';
import { useSession } from './session-provider';

/** `/sign-in?returnTo=…` for a path, so sign-in brings the person back. */
export function signInPath(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

/** A safe place to go after sign-in: only paths of this app, never another origin. */
export function safeReturnTo(value: string | null, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return fallback;
  return value;
}

/** Renders its children for a signed-in person; everyone else goes to sign-in and comes back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { token } = useSession();
  const location = useLocation();
  if (!token) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <>{children}</>;
}

/** A people's page for a signed-in person only, with its document title (`titles.<title>`). */
export function SignedInPage({ title, children }: { title: keyof Messages['titles']; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`titles.${title}`));
  return (
    <RequireSession>
      <Page>{children}</Page>
    </RequireSession>
  );
}
