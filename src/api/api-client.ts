import { withEarlyResponses } from './early-requests';
import { createApiClient } from './client';
import { peopleEndpoints } from './areas/people';
import { apiBasePath } from './endpoint-definition';
import { sessionStore } from './session-store';

/** The build's API base: VITE_API_BASE_URL, else /api/v1. `portal.json` may choose another at run time. */
export const buildApiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || apiBasePath;

/** Absolute, so it also works where `fetch` needs a full URL (tests in Node). */
function absoluteBaseUrl(base: string): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(base, origin).href.replace(/\/$/, '');
}

let runtimeBaseUrl: Promise<string | null> | null = null;

/**
 * The API base `portal.json` chose (null: no API, every journey is a link). Calls made before it
 * is known wait for it, so none goes to the wrong place.
 */
export function setApiBaseUrl(base: Promise<string | null>): void {
  runtimeBaseUrl = base.then((value) => (value === null ? null : absoluteBaseUrl(value)));
}

/** Demo mode: no real API configured, so the mock backend runs in the browser. */
export const demoMode = !import.meta.env.VITE_API_BASE_URL;

let backendReady: Promise<unknown> = Promise.resolve();

/**
 * Demo mode: the mock backend starts while the page paints (`src/start.tsx`); API calls wait for
 * it, the first paint does not. Should it fail to start, the calls fail as "can't be reached".
 */
export function waitForBackend(ready: Promise<unknown>): void {
  backendReady = ready;
}

const fetchWhenReady: typeof fetch = (input, init) => backendReady.then(() => fetch(input, init));

/**
 * Every call carries the signed-in token when there is one. A call the prerendered page already
 * made before the app ran (its first calls: src/api/early-requests.ts) takes that answer.
 */
export const clientOptions = {
  baseUrl: absoluteBaseUrl(buildApiBaseUrl),
  runtimeBaseUrl: () => runtimeBaseUrl ?? absoluteBaseUrl(buildApiBaseUrl),
  getToken: () => sessionStore.getToken(),
  fetch: withEarlyResponses(demoMode ? fetchWhenReady : (input, init) => fetch(input, init)),
};

/**
 * The people's portal's client: only the people's part of the contract, so the admin and dev
 * schemas stay out of every people's page (`adminApi` and `devApi` load with their features).
 */
export const api = createApiClient(peopleEndpoints, clientOptions);
