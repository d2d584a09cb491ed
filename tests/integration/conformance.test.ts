import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { serveMock } from '../../mocks/testing/serve-fixture';
import { checks } from '../../scripts/conformance/checks';
import { runConformance } from '../../scripts/conformance/run';

const servers: { close(): unknown }[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

/**
 * A backend that gets the contract wrong in the usual ways: a branding of the wrong shape,
 * errors as HTML, admin data for anyone, no size limit, no dev API.
 */
function brokenServer(): Promise<{ baseUrl: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const url = request.url ?? '/';
      if (url === '/api/v1/branding') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"organizationName": 5}');
      } else if (url.startsWith('/api/v1/admin/')) {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"items": []}');
      } else {
        response.writeHead(500, { 'Content-Type': 'text/html' }).end('<pre>Error: something broke\n    at handler (server.js:12)</pre>');
      }
    });
  });
  servers.push(server);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ baseUrl: `http://127.0.0.1:${port}/api/v1`, server });
    });
  });
}

describe('npm run conformance', () => {
  it('passes every check against mock:serve', async () => {
    const mock = await serveMock();
    servers.push({ close: () => mock.close() });
    const lines: string[] = [];
    const report = await runConformance(mock.baseUrl, { log: (line) => lines.push(line) });
    expect(report.results.filter((result) => result.outcome !== 'passed').map((result) => `${result.check.name}: ${result.message}`)).toEqual([]);
    expect(report.passed).toBe(checks.length);
    expect(lines.at(-1)).toBe(`conformance: ${checks.length} passed, 0 failed, 0 skipped`);
    expect(new Set(checks.map((check) => check.area))).toEqual(new Set(['shapes', 'validation', 'problems', 'auth', 'paging', 'size', 'enumeration', 'flow']));
  }, 120_000);

  it('fails a broken server with messages that say what is wrong, and says why it skips', async () => {
    const { baseUrl } = await brokenServer();
    const lines: string[] = [];
    const report = await runConformance(baseUrl, { log: (line) => lines.push(line) });
    expect(lines.at(-1)).toBe(`conformance: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
    expect(report.passed).toBe(0);
    expect(report.failed).toBeGreaterThanOrEqual(8);
    const message = (name: string) => report.results.find((result) => result.check.name.includes(name))?.message ?? '';
    expect(message('GET /branding')).toMatch(/does not match the getBranding schema \(organizationName: /);
    expect(message('without a token')).toMatch(/^GET \/admin\/policy without a token: expected 401 unauthenticated, got 200 application\/json/);
    expect(message('unknown path')).toMatch(/expected 404 not_found, got 500 text\/html/);
    expect(message('over 1 MB')).toMatch(/expected 413 payload_too_large, got 500/);
    const skips = report.results.filter((result) => result.outcome === 'skipped');
    expect(skips.length).toBeGreaterThan(0);
    for (const skip of skips) expect(skip.message).toMatch(/dev API|--known-user/);
    expect(lines.join('\n')).toContain('dev API absent');
  }, 60_000);
});
