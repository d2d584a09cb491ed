/**
 * What a prerendered page asks for before its app runs (issue 9, ADR 0018 "Stop 26"). Once the
 * page has painted, its inline script (src/prerender/after-first-paint.ts) asks for `/portal.json` and the
 * page's first API calls (the effective branding; reset's CAPTCHA), each a GET with
 * `Accept: application/json` and no credentials, and keeps the answers here. When the app makes
 * the same call, it takes the answer instead of asking again: the answer is there when the page
 * is taken over, not one or two round trips after it.
 *
 * Each answer is taken once (a CAPTCHA is single use: "New picture" asks anew), only by a GET
 * without a token for the same address, and only within `earlyResponseMaxAgeMs` of being asked
 * for. Once the app has started it closes the list, so the script asks for nothing more: a call
 * is never made twice.
 */

/** Where the page's script keeps them: `window[earlyRequestsKey]`. */
export const earlyRequestsKey = '__portalEarlyRequests';

/** Older answers are not used (a CAPTCHA challenge may have expired): the app asks again. */
export const earlyResponseMaxAgeMs = 60_000;

export interface EarlyRequests {
  /** Set by the app as it starts: the script asks for nothing more. */
  closed?: boolean;
  /** By absolute address: when it was asked for (`performance.now()`), and its answer. */
  responses: Record<string, { at: number; response: Promise<Response> }>;
}

function earlyRequests(): EarlyRequests | undefined {
  if (typeof window === 'undefined') return undefined;
  const value: unknown = Reflect.get(window, earlyRequestsKey);
  return typeof value === 'object' && value !== null && 'responses' in value ? (value as EarlyRequests) : undefined;
}

/** The app has started: it asks for everything itself from now on. */
export function closeEarlyRequests(): void {
  if (typeof window === 'undefined') return;
  const requests = earlyRequests();
  if (requests) requests.closed = true;
  else Reflect.set(window, earlyRequestsKey, { closed: true, responses: {} } satisfies EarlyRequests);
}

/** The answer the page already asked for at this address, once; undefined when there is none (or it is too old). */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const requests = earlyRequests();
  if (!requests) return undefined;
  const key = new URL(url, window.location.href).href;
  if (!Object.hasOwn(requests.responses, key)) return undefined;
  const early = requests.responses[key]!;
  delete requests.responses[key];
  return performance.now() - early.at <= earlyResponseMaxAgeMs ? early.response : undefined;
}

/**
 * `next`, except that a GET asking for JSON without a token is answered from the page's early
 * requests when the page asked for that address (the API client's fetch).
 */
export function withEarlyResponses(next: typeof fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    const accept = headers.get('Accept');
    if (typeof input === 'string' && (init?.method ?? 'GET') === 'GET' && !headers.has('Authorization') && (accept === null || accept === 'application/json')) {
      const early = takeEarlyResponse(input);
      if (early) return early;
    }
    return next(input, init);
  };
}
