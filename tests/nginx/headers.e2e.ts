import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { earlyLanguageScript } from '@/i18n/early-language-script';
import { afterFirstPaintScript } from '@/prerender/after-first-paint';
import { prerenderedPages } from '@/prerender/prerendered-pages';

const base = inject('baseUrl');
const distDir = inject('distDir');
const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { headers, redirect: 'manual' });
}

/** The CSP's directives by name. */
function cspOf(response: Response): Map<string, string[]> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** Every answer, whatever its status, carries these (the CSP's details are checked once, below). */
function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('permissions-policy')).toMatch(
    /^accelerometer=\(\), .*camera=\(\), .*clipboard-write=\(self\), .*geolocation=\(\), .*microphone=\(\), .*payment=\(\)/,
  );
}

// The app chunk: the entry itself is under the 1 KB below which the build writes no .br or .gz.
// (Listed in the page's #app-scripts block, ADR 0018.)
const firstAsset = /"\/(assets\/app-[\w-]+\.js)"/.exec(indexHtml)?.[1] ?? '';

describe('the shipped nginx config', () => {
  it('sends a CSP with no eval and two inline scripts (the early language check, the scripts’ start after the first paint, by their hashes), inline styles only (Griffel), never framed', async () => {
    const csp = cspOf(await get('/'));
    const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(csp.get('script-src')).toEqual(["'self'", hashOf(earlyLanguageScript), hashOf(afterFirstPaintScript)]);
    expect(indexHtml).toContain(`<script>${earlyLanguageScript}</script>`);
    expect(indexHtml).toContain(`<script>${afterFirstPaintScript}</script>`);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it.each([
    '/',
    '/index.html',
    '/portal.json',
    '/branding.json',
    '/manifest.webmanifest',
    '/robots.txt',
    `/${firstAsset}`,
    '/reset',
    '/no/such/page',
    '/assets/no-such-file.js',
    '/.well-known/change-password',
    '/.well-known/nothing',
    '/api/v1/branding',
    '/api/v1/no-such-thing',
  ])('every header on %s', async (path) => {
    expectSecurityHeaders(await get(path));
  });

  it('sends each people’s page its prerendered file, the admin console app.html, anything else 404.html with a 404; 404 for missing assets and build leftovers', async () => {
    const file = (name: string) => readFileSync(join(distDir, name), 'utf8');
    const pages: [string, string][] = [
      ...prerenderedPages.filter((page) => page.path !== '/404').map((page): [string, string] => [page.path, page.file]),
      ['/sign-in?returnTo=%2F', 'sign-in.html'],
      ['/admin', 'app.html'],
      ['/admin/users', 'app.html'],
    ];
    for (const [path, name] of pages) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text(), path).toBe(file(name));
    }
    const missing = await get('/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await missing.text()).toBe(file('404.html'));
    expectSecurityHeaders(missing);
    expect((await get('/assets/no-such-file.js')).status).toBe(404);
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });

  it.each(['/', '/index.html', '/portal.json', '/branding.json'])(
    'revalidates %s on every load: no-cache, then 304 for its ETag',
    async (path) => {
      const first = await get(path);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^(W\/)?"[\w-]+"$/);
      const again = await get(path, { 'If-None-Match': etag ?? '' });
      expect(again.status).toBe(304);
      expectSecurityHeaders(again);
    },
  );

  it('caches hashed assets for a year as immutable, and sends the build’s .br and .gz as they are', async () => {
    expect(firstAsset).not.toBe('');
    const plain = await get(`/${firstAsset}`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    const source = readFileSync(join(distDir, firstAsset));
    expect(Buffer.from(await plain.arrayBuffer()).equals(source)).toBe(true);

    const br = await fetch(`${base}/${firstAsset}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes the body: equal to the source means the .br was sent and decodes to it.
    expect(Buffer.from(await br.arrayBuffer()).equals(source)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(distDir, `${firstAsset}.br`))).equals(source)).toBe(true);
    expect(br.headers.get('content-length')).toBe(
      String(readFileSync(join(distDir, `${firstAsset}.br`)).length),
    );

    const gz = await fetch(`${base}/${firstAsset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-length')).toBe(
      String(readFileSync(join(distDir, `${firstAsset}.gz`)).length),
    );
    expect(gunzipSync(readFileSync(join(distDir, `${firstAsset}.gz`))).equals(source)).toBe(true);
  });

  it('sends /.well-known/change-password to the change-password page; other well-known addresses are 404', async () => {
    const response = await get('/.well-known/change-password');
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '', base).pathname).toBe('/change-password');
    // Password managers check that a made-up well-known address is not a 200.
    expect(
      (await get('/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200')).status,
    ).toBe(404);
  });

  it('proxies /api/ to the backend, with one copy of each security header', async () => {
    const response = await get('/api/v1/branding', { Accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toHaveProperty('organizationName');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const problem = await get('/api/v1/no-such-thing');
    expect(problem.status).toBe(404);
    expect(problem.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
