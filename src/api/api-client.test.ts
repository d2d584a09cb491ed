import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, demoMode, waitForBackend } from './api-client';

afterEach(() => {
  waitForBackend(Promise.resolve());
  vi.unstubAllGlobals();
});

describe('the people’s client in demo mode', () => {
  it('holds a call until the mock backend has started, not the page', async () => {
    expect(demoMode).toBe(true); // the tests have no VITE_API_BASE_URL
    const sent: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      sent.push(String(input));
      return new Response(JSON.stringify({ enabled: false }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    let started: () => void = () => undefined;
    waitForBackend(new Promise<void>((resolve) => (started = resolve)));
    const call = api.call('getCaptcha');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    started();
    await call;
    expect(sent).toEqual([`${api.baseUrl}/captcha`]);
  });

  it('fails a call as "can\'t be reached" when the mock backend could not start', async () => {
    vi.stubGlobal('fetch', vi.fn());
    waitForBackend(Promise.reject(new Error('no service worker')));
    await expect(api.call('getCaptcha')).rejects.toMatchObject({ status: 0 });
    expect(fetch).not.toHaveBeenCalled();
  });
});
