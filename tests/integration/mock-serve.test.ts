import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveBrandingSchema, endpoints, problemSchema, type EndpointDefinition, type EndpointName } from '@/api';
import { serveMock, type ServedMock } from '../../mocks/testing/serve-fixture';
import { buildOpenApiDocument } from '../../scripts/openapi-document';
import { RawConnection } from '../../scripts/lib/raw-http';
import { adminPassword, adminUpn } from './harness';

const root = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];

/** Starts `mocks/server.ts` on a free port (PORT=0) with these arguments and answers the URL it prints. */
function startServer(args: string[] = []): Promise<{ baseUrl: string; child: ChildProcess }> {
  const started = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(started);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ baseUrl: match[1], child: started });
    };
    started.stdout?.on('data', onData);
    started.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    started.once('exit', (code) => reject(new Error(`mock:serve exited with ${code}: ${output}`)));
  });
}

function stopped(server: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) resolve(server.exitCode);
    else server.once('exit', (code) => resolve(code));
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

const json = { 'Content-Type': 'application/json' };

async function signInAdmin(baseUrl: string): Promise<Response> {
  return fetch(`${baseUrl}/session`, { method: 'POST', headers: json, body: JSON.stringify({ userId: adminUpn, password: adminPassword }) });
}

describe('npm run mock:serve', () => {
  it('serves the API over plain HTTP, CORS only with --cors, and stops cleanly on SIGTERM', async () => {
    const { baseUrl, child } = await startServer(['--cors=*']);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);

    const branding = await fetch(`${baseUrl}/branding`, { headers: { Origin: 'http://mobile.example' } });
    expect(branding.status).toBe(200);
    expect(branding.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(effectiveBrandingSchema.parse(await branding.json()).organizationName).toBe('Contoso');

    const preflight = await fetch(`${baseUrl}/session`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://mobile.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');

    expect((await signInAdmin(baseUrl)).status).toBe(201);

    const unknown = await fetch(`${baseUrl}/no-such-thing`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');
    expect(problemSchema.parse(await unknown.json()).code).toBe('not_found');

    child.kill('SIGTERM');
    expect(await stopped(child)).toBe(0);
  }, 60_000);

  it('allows only the origins --cors names, and none by default', async () => {
    const closed = await serveMock();
    const listed = await serveMock({ corsOrigins: ['https://app.example', 'http://localhost:3000'] });
    try {
      const fromApp = { Origin: 'https://app.example' };
      const byDefault = await fetch(`${closed.baseUrl}/branding`, { headers: fromApp });
      expect(byDefault.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const preflight = await fetch(`${closed.baseUrl}/session`, { method: 'OPTIONS', headers: { ...fromApp, 'Access-Control-Request-Method': 'POST' } });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('Content-Type')).toBe('application/problem+json');

      const allowed = await fetch(`${listed.baseUrl}/branding`, { headers: fromApp });
      expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example');
      expect(allowed.headers.get('Vary')).toBe('Origin');
      const other = await fetch(`${listed.baseUrl}/branding`, { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
      const allowedPreflight = await fetch(`${listed.baseUrl}/session`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST' } });
      expect(allowedPreflight.status).toBe(204);
    } finally {
      await closed.close();
      await listed.close();
    }
  }, 60_000);
});

describe('mock:serve over HTTP', () => {
  let mock: ServedMock;
  beforeAll(async () => {
    mock = await serveMock();
  }, 60_000);
  afterAll(() => mock.close());

  const withPathParams = (Object.keys(endpoints) as EndpointName[])
    .map((name): [EndpointName, EndpointDefinition] => [name, endpoints[name]])
    .filter(([, endpoint]) => endpoint.path.includes('{'));

  it('answers a path that does not percent-decode with 400 invalid_request as problem+json on every endpoint', async () => {
    expect(withPathParams.length).toBeGreaterThanOrEqual(13);
    const connection = await RawConnection.open(mock.baseUrl);
    try {
      for (const [name, endpoint] of withPathParams) {
        const target = `/api/v1${endpoint.path.replace(/\{\w+\}/, '%').replace(/\{\w+\}/g, 'x')}`;
        const answer = await connection.send({ method: endpoint.method, target });
        expect({ name, status: answer.status, type: answer.headers['content-type'] }).toEqual({ name, status: 400, type: 'application/problem+json' });
        expect(problemSchema.parse(JSON.parse(answer.body)).code).toBe('invalid_request');
        expect(answer.body).not.toMatch(/URIError|node_modules|at /);
      }
      // Outside the API it is simply nothing.
      const outside = await connection.send({ method: 'GET', target: '/%' });
      expect(outside.status).toBe(404);
      expect(outside.headers['content-type']).toBe('application/problem+json');
    } finally {
      connection.close();
    }
  });

  it('answers every error as problem+json: outside the API, not HTTP at all, a method nobody knows', async () => {
    const connection = await RawConnection.open(mock.baseUrl);
    try {
      for (const [method, target] of [['GET', '/'], ['GET', '/favicon.ico'], ['PROPFIND', '/api/v1/branding'], ['GET', '/api/v1/reset/..%2F..%2Fetc']]) {
        const answer = await connection.send({ method: method!, target: target! });
        expect(answer.status, `${method} ${target}`).toBeGreaterThanOrEqual(400);
        expect(answer.headers['content-type'], `${method} ${target}`).toBe('application/problem+json');
        problemSchema.parse(JSON.parse(answer.body));
      }
    } finally {
      connection.close();
    }
    // What node's HTTP parser refuses never reaches a handler, and still gets a problem.
    for (const request of [{ method: 'GET', target: '/x y z', headers: { 'Bad Header': 'x' } }, { method: 'BREW', target: '/api/v1/branding' }]) {
      const garbage = await RawConnection.open(mock.baseUrl);
      try {
        const answer = await garbage.send(request);
        expect(answer.status).toBe(400);
        expect(answer.headers['content-type']).toBe('application/problem+json');
      } finally {
        garbage.close();
      }
    }
  });

  it('keeps the keep-alive connection working after a 413, with Content-Length and chunked bodies', async () => {
    for (const chunked of [false, true]) {
      for (const size of [1.3e6, 2e6]) {
        const connection = await RawConnection.open(mock.baseUrl);
        try {
          const big = JSON.stringify({ userId: 'x'.repeat(Math.round(size)) });
          const refused = await connection.send({ method: 'POST', target: '/api/v1/reset', headers: json, body: big, chunked }, 10_000);
          expect(refused.status).toBe(413);
          expect(problemSchema.parse(JSON.parse(refused.body)).code).toBe('payload_too_large');
          const next = await connection.send({ method: 'GET', target: '/api/v1/branding' }, 3000);
          expect({ chunked, size, status: next.status }).toEqual({ chunked, size, status: 200 });
        } finally {
          connection.close();
        }
      }
    }
  }, 60_000);

  it('closes the connection instead when a body goes on past 16 MB', async () => {
    const connection = await RawConnection.open(mock.baseUrl);
    try {
      const refused = await connection.send({ method: 'POST', target: '/api/v1/reset', headers: json, body: new Uint8Array(17 * 1024 * 1024), chunked: true }, 20_000);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe('close');
    } finally {
      connection.close();
    }
    expect((await fetch(`${mock.baseUrl}/branding`)).status).toBe(200);
  }, 60_000);

  it('sends no-store and nosniff on every answer, and no X-Powered-By', async () => {
    const signIn = await signInAdmin(mock.baseUrl);
    expect(signIn.status).toBe(201);
    const { token } = (await signIn.json()) as { token: string };
    const users = await fetch(`${mock.baseUrl}/admin/users?query=adele`, { headers: { Authorization: `Bearer ${token}` } });
    const { items } = (await users.json()) as { items: { id: string }[] };
    const temporary = await fetch(`${mock.baseUrl}/admin/users/${items[0]?.id ?? 'none'}/reset-password`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(temporary.status).toBe(200);
    const problem = await fetch(`${mock.baseUrl}/reset/__proto__`);
    for (const answer of [signIn, users, temporary, problem]) {
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(answer.headers.get('X-Powered-By')).toBeNull();
    }
  });

  it('publishes the OpenAPI document at /api/v1/openapi.json', async () => {
    const answer = await fetch(`${mock.baseUrl}/openapi.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    expect(await answer.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('survives ids such as __proto__ and constructor: the admin still signs in afterwards', async () => {
    const attacks: [string, string, string?][] = [
      ['POST', '/reset/__proto__/contact-admin', '{}'],
      ['DELETE', '/reset/__proto__'],
      ['POST', '/reset', JSON.stringify({ userId: adminUpn, captcha: { challengeId: '__proto__', answer: 'x' } })],
      ['GET', '/reset/constructor'],
      ['GET', '/reset/toString/challenges/constructor'],
      ['POST', '/admin/users/__proto__/unlock'],
      ['GET', '/dev/captcha/__proto__'],
      ['POST', '/dev/outbox/constructor/approve'],
    ];
    for (const [method, path, body] of attacks) {
      const answer = await fetch(`${mock.baseUrl}${path}`, { method, headers: json, ...(body === undefined ? {} : { body }) });
      expect({ path, server: answer.status < 500 }).toEqual({ path, server: true });
      expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
    }
    expect((await signInAdmin(mock.baseUrl)).status).toBe(201);
  });
});
