import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
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
