import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeEarlyRequests, earlyRequestsKey, earlyResponseMaxAgeMs, takeEarlyResponse, withEarlyResponses, type EarlyRequests } from './early-requests';

const page = 'https://passwords.contoso.com/reset';

/** The page as its inline script left it: these addresses asked for `at` (performance.now()). */
function pageAskedFor(urls: string[], at = performance.now()): EarlyRequests {
  const requests: EarlyRequests = { responses: {} };
  for (const url of urls) requests.responses[new URL(url, page).href] = { at, response: Promise.resolve(Response.json({ url })) };
  vi.stubGlobal('window', { location: { href: page }, [earlyRequestsKey]: requests });
  return requests;
}

const bodyOf = async (response: Promise<Response> | undefined) => (response ? ((await (await response).json()) as unknown) : undefined);

beforeEach(() => {
  vi.stubGlobal('window', { location: { href: page } });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the answers a prerendered page asked for before its app ran', () => {
  it('are taken once, by the same address written either way', async () => {
    pageAskedFor(['/api/v1/captcha']);
    expect(await bodyOf(takeEarlyResponse('https://passwords.contoso.com/api/v1/captcha'))).toEqual({ url: '/api/v1/captcha' });
    // A CAPTCHA is single use: "New picture" asks the API again.
    expect(takeEarlyResponse('/api/v1/captcha')).toBeUndefined();
  });

  it('answer no other address, and nothing on a page that asked for nothing', () => {
    pageAskedFor(['/api/v1/captcha']);
    expect(takeEarlyResponse('/api/v1/captcha?x=1')).toBeUndefined();
    expect(takeEarlyResponse('https://elsewhere.example/api/v1/captcha')).toBeUndefined();
    vi.stubGlobal('window', { location: { href: page } });
    expect(takeEarlyResponse('/api/v1/captcha')).toBeUndefined();
  });

  it(`are not used once older than ${earlyResponseMaxAgeMs / 1000} s (a challenge may have expired): the app asks again`, () => {
    const requests = pageAskedFor(['/api/v1/captcha', '/portal.json'], performance.now() - earlyResponseMaxAgeMs - 1);
    expect(takeEarlyResponse('/api/v1/captcha')).toBeUndefined();
    expect(takeEarlyResponse('/portal.json')).toBeUndefined();
    expect(requests.responses).toEqual({});
  });

  it('are closed when the app starts, so the page asks for nothing more; also when it had asked for nothing yet', () => {
    const requests = pageAskedFor(['/portal.json']);
    closeEarlyRequests();
    expect(requests.closed).toBe(true);
    vi.stubGlobal('window', { location: { href: page } });
    closeEarlyRequests();
    expect(Reflect.get(window, earlyRequestsKey)).toEqual({ closed: true, responses: {} });
  });

  it('answer the API client’s GET for JSON without a token; a token, another method or a CSV goes to the network', async () => {
    const network = vi.fn((input: RequestInfo | URL) => Promise.resolve(Response.json({ network: String(input) })));
    const clientFetch = withEarlyResponses(network);
    const url = 'https://passwords.contoso.com/api/v1/captcha';

    pageAskedFor(['/api/v1/captcha']);
    expect(await bodyOf(clientFetch(url, { method: 'POST', headers: { Accept: 'application/json' } }))).toEqual({ network: url });
    expect(await bodyOf(clientFetch(url, { method: 'GET', headers: { Accept: 'application/json', Authorization: 'Bearer t' } }))).toEqual({ network: url });
    expect(await bodyOf(clientFetch(url, { method: 'GET', headers: { Accept: 'text/csv' } }))).toEqual({ network: url });
    expect(network).toHaveBeenCalledTimes(3);
    expect(await bodyOf(clientFetch(url, { method: 'GET', headers: { Accept: 'application/json' } }))).toEqual({ url: '/api/v1/captcha' });
    expect(network).toHaveBeenCalledTimes(3);
    // Taken: the next picture comes from the API.
    expect(await bodyOf(clientFetch(url, { method: 'GET', headers: { Accept: 'application/json' } }))).toEqual({ network: url });
  });

  it('give the API client the page’s failure as its own fetch would (the API could not be reached)', async () => {
    const requests = pageAskedFor([]);
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    failed.catch(() => undefined);
    requests.responses['https://passwords.contoso.com/api/v1/branding'] = { at: performance.now(), response: failed };
    const network = vi.fn(() => Promise.resolve(new Response()));
    await expect(withEarlyResponses(network)('https://passwords.contoso.com/api/v1/branding', { headers: { Accept: 'application/json' } })).rejects.toThrow('Failed to fetch');
    expect(network).not.toHaveBeenCalled();
  });
});
