import { createApiClient } from './client';
import { apiBasePath } from './endpoints';
import { sessionStore } from './session-store';

/** Absolute, so it also works where `fetch` needs a full URL (tests in Node). */
function resolveBaseUrl(): string {
  const configured: string | undefined = import.meta.env.VITE_API_BASE_URL;
  const base = configured && configured.length > 0 ? configured : apiBasePath;
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(base, origin).href.replace(/\/$/, '');
}

/** Demo mode: no real API configured, so the mock backend runs in the browser. */
export const demoMode = !import.meta.env.VITE_API_BASE_URL;

/** The app's one client: every call carries the signed-in token when there is one. */
export const api = createApiClient({
  baseUrl: resolveBaseUrl(),
  getToken: () => sessionStore.getToken(),
});
