/**
 * A static server like the one in front of a deployment, for `npm run bench:web` and the browser
 * tests of the real build: gzip and brotli, each page address gets its prerendered file (the
 * rule of deploy/nginx, `fileForPath`: `/reset` → `reset.html`, the admin console → `app.html`,
 * anything else → `404.html` with a 404; a build without them gets `index.html`), the nginx
 * recipe's Content-Security-Policy and caching, and no API behind `/api/*` — 404 by default, or
 * the connection dropped (`api: 'refused'`), as when the backend is down.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileForPath } from '../src/prerender/prerendered-pages';

/**
 * The Content-Security-Policy of the nginx recipe, read from it: one policy, the inline script's
 * hash included. `checkout`: another checkout's recipe (its builds carry its inline script).
 */
export function nginxContentSecurityPolicy(checkout?: string): string {
  const file = checkout
    ? join(resolve(checkout), 'deploy/nginx/security-headers.conf')
    : fileURLToPath(new URL('../deploy/nginx/security-headers.conf', import.meta.url));
  const conf = readFileSync(file, 'utf8');
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1];
  if (!policy) throw new Error('deploy/nginx/security-headers.conf has no Content-Security-Policy');
  return policy;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** What `/api/*` gets: a plain 404 (no API deployed) or a dropped connection. */
  api?: 'not-found' | 'refused';
  /**
   * A slow network, for a page's HTML: sent uncompressed up to the first `at` in it, the rest
   * `pauseMs` later, so the browser paints the page it has read so far in between.
   */
  htmlPause?: { at: string; pauseMs: number };
  /**
   * The checkout whose nginx recipe gives the policy, when the build is another checkout's (a
   * bench's baseline): this one's would block the other's inline script by its hash.
   */
  checkout?: string;
}

export async function serveStatic(
  directory: string,
  { api = 'not-found', htmlPause, checkout }: StaticServerOptions = {},
): Promise<StaticServer> {
  const dir = resolve(directory);
  const contentSecurityPolicy = nginxContentSecurityPolicy(checkout);
  const cache = new Map<string, { raw: Buffer; gzip: Buffer; br: Buffer }>();
  const read = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      entry = {
        raw,
        gzip: gzipSync(raw, { level: 9 }),
        br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
      };
      cache.set(file, entry);
    }
    return entry;
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      if (api === 'refused') {
        request.socket.destroy();
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    let file = join(dir, normalize(pathname));
    let status = 200;
    if (!file.startsWith(`${dir}/`) || !existsSync(file) || statSync(file).isDirectory()) {
      if (extname(pathname) !== '') {
        response.writeHead(404);
        response.end();
        return;
      }
      const page = fileForPath(pathname);
      const prerendered = join(dir, page.file);
      // A build without prerendered pages (the bench's floor) has the SPA fallback.
      if (existsSync(prerendered)) {
        file = prerendered;
        status = page.status;
      } else file = join(dir, 'index.html');
    }
    const extension = extname(file);
    const entry = read(file);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      'Content-Security-Policy': contentSecurityPolicy,
    };
    const cut = htmlPause && extension === '.html' && request.method !== 'HEAD' ? entry.raw.indexOf(htmlPause.at) : -1;
    if (htmlPause && cut > 0) {
      response.writeHead(status, headers);
      response.write(entry.raw.subarray(0, cut));
      setTimeout(() => response.end(entry.raw.subarray(cut)), htmlPause.pauseMs);
      return;
    }
    let body = entry.raw;
    if (compressible.has(extension) && /\bbr\b/.test(accepts)) {
      body = entry.br;
      headers['Content-Encoding'] = 'br';
    } else if (compressible.has(extension) && /\bgzip\b/.test(accepts)) {
      body = entry.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
