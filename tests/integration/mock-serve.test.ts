import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { effectiveBrandingSchema, problemSchema } from '@/api';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | null = null;

/** Starts `mocks/server.ts` on a free port (PORT=0) and answers the URL it prints. */
function startServer(): Promise<string> {
  const started = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
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
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run mock:serve', () => {
  it('serves the API over plain HTTP with CORS, and stops cleanly on SIGTERM', async () => {
    const baseUrl = await startServer();
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

    const signIn = await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'admin@contoso.com', password: 'Admin-Demo-2026!' }),
    });
    expect(signIn.status).toBe(201);

    const unknown = await fetch(`${baseUrl}/no-such-thing`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toBe('application/problem+json');
    expect(problemSchema.parse(await unknown.json()).code).toBe('not_found');

    const server = child;
    if (!server) throw new Error('The server did not start');
    server.kill('SIGTERM');
    expect(await stopped(server)).toBe(0);
  }, 60_000);
});
