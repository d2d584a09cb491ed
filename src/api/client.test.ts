import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from './client';
import { endpoints, peopleEndpoints } from './endpoints';
import { ApiError, isUnreachable } from './problem';

function jsonResponse(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('the typed client', () => {
  it('sends the path, query, token and JSON body of an endpoint and parses the answer', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const client = createApiClient(endpoints, {
      baseUrl: 'http://portal.test/api/v1',
      getToken: () => 'token-1',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return jsonResponse(200, { items: [], nextCursor: null, total: 0 });
      },
    });
    const page = await client.call('listUsers', { query: { query: 'ad', limit: 20 } });
    expect(page.total).toBe(0);
    expect(seen[0]?.url).toBe('http://portal.test/api/v1/admin/users?query=ad&limit=20');
    expect(new Headers(seen[0]?.init?.headers).get('Authorization')).toBe('Bearer token-1');
  });

  it('turns a problem answer into an ApiError with its code, violations and retryAfterSeconds', async () => {
    const client = createApiClient(endpoints, {
      fetch: async () =>
        jsonResponse(
          429,
          { status: 429, code: 'throttled', title: 'Too many', retryAfterSeconds: 60 },
          'application/problem+json',
        ),
    });
    const error = await client
      .call('startReset', { body: { userId: 'a@b.c' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'throttled', retryAfterSeconds: 60 });
  });

  it('turns an answer that breaks the contract into an ordinary ApiError', async () => {
    const client = createApiClient(endpoints, { fetch: async () => jsonResponse(200, { flowId: 42 }) });
    await expect(client.call('getReset', { params: { flowId: 'f' } })).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it.each([
    [
      'a web server 404 (no API deployed)',
      () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
    ],
    [
      'a proxy 502 (the API is down)',
      () => new Response('<h1>Bad Gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    ],
    [
      'the SPA fallback page where JSON belongs',
      () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    ],
    ['a refused connection', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('treats %s as "the service can\'t be reached" (status 0)', async (_name, answer) => {
    const client = createApiClient(endpoints, { fetch: async () => answer() });
    const error = await client.call('getCaptcha').catch((caught: unknown) => caught);
    expect(isUnreachable(error)).toBe(true);
  });

  it("keeps a 404 problem document from the API as the API's answer", async () => {
    const client = createApiClient(endpoints, {
      fetch: async () =>
        jsonResponse(
          404,
          { status: 404, code: 'not_found', title: 'No such flow' },
          'application/problem+json',
        ),
    });
    const error = await client
      .call('getReset', { params: { flowId: 'f' } })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect(isUnreachable(error)).toBe(false);
  });

  it('needs no input for calls whose body is optional', async () => {
    const client = createApiClient(endpoints, { fetch: async () => new Response(null, { status: 204 }) });
    await expect(client.call('dismissRegistrationPrompt')).resolves.toBeUndefined();
  });

  it('lets an aborted request reject as an abort, not as an unreachable server', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const client = createApiClient(endpoints, { fetch: async () => Promise.reject(abort) });
    await expect(client.call('getBranding')).rejects.toBe(abort);
  });

  it('refuses a call outside its part of the contract without sending anything', async () => {
    let sent = 0;
    const client = createApiClient(peopleEndpoints, {
      fetch: async () => (sent++, new Response(null, { status: 204 })),
    });
    // @ts-expect-error getPolicy belongs to the admin client
    await expect(client.call('getPolicy')).rejects.toThrow(/not part of this client/);
    // @ts-expect-error nor is a name every object has
    await expect(client.call('toString')).rejects.toThrow(/not part of this client/);
    expect(sent).toBe(0);
    // @ts-expect-error nor does a client of one area pass for a client of the whole contract
    const whole: ApiClient = client;
    expect(whole.baseUrl).toBe(client.baseUrl);
  });

  it('waits for a base known at run time (portal.json), and with none sends nothing and answers not_found', async () => {
    const sent: string[] = [];
    let base: string | null = 'https://api.contoso.com/v1';
    const client = createApiClient(peopleEndpoints, {
      baseUrl: 'http://portal.test/api/v1',
      runtimeBaseUrl: () => Promise.resolve(base),
      fetch: async (url) => (sent.push(String(url)), new Response(null, { status: 204 })),
    });
    await client.call('signOut');
    expect(sent).toEqual(['https://api.contoso.com/v1/session']);
    base = null;
    await expect(client.call('signOut')).rejects.toMatchObject({ status: 404, code: 'not_found' });
    expect(sent).toHaveLength(1);
  });
});
