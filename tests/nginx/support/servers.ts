import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Replaces `from` in a config file, failing when the shipped file no longer has it (so the test never silently serves something else). */
function substitute(text: string, file: string, pairs: [from: string, to: string][]): string {
  return pairs.reduce((result, [from, to]) => {
    if (!result.includes(from))
      throw new Error(
        `deploy/nginx/${file} no longer contains "${from}": update tests/nginx/support/servers.ts`,
      );
    return result.split(from).join(to);
  }, text);
}

export interface NginxFiles {
  /** The main config to pass to `nginx -c`. */
  config: string;
}

/**
 * The shipped deploy/nginx files, copied to `dir` with only the paths, the port and the
 * backend's address changed: the build in `root`, listening on 127.0.0.1:`port`, /api/ to `apiOrigin`.
 */
export function writeNginxConfig(options: {
  sourceDir: string;
  dir: string;
  root: string;
  port: number;
  apiOrigin: string;
}): NginxFiles {
  const { sourceDir, dir, root, port, apiOrigin } = options;
  const confDir = join(dir, 'password-portal');
  mkdirSync(confDir, { recursive: true });
  const read = (file: string) => readFileSync(join(sourceDir, file), 'utf8');
  const include: [string, string] = ['/etc/nginx/password-portal/', `${confDir}/`];
  const runAs = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${join(dir, `${name}-temp`)};`)
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    substitute(read('nginx.conf'), 'nginx.conf', [
      include,
      ['user www-data;', runAs],
      ['pid /run/nginx.pid;', `pid ${join(dir, 'nginx.pid')};`],
      ['/var/log/nginx/', `${dir}/`],
      ['http {', `http {\n${temp}`],
    ]),
  );
  writeFileSync(
    join(confDir, 'password-portal.conf'),
    substitute(read('password-portal.conf'), 'password-portal.conf', [
      include,
      ['listen 8080;', `listen 127.0.0.1:${port};`],
      ['root /srv/password-portal;', `root ${root};`],
    ]),
  );
  writeFileSync(
    join(confDir, 'api-proxy.conf'),
    substitute(read('api-proxy.conf'), 'api-proxy.conf', [
      include,
      ['proxy_pass http://127.0.0.1:4010;', `proxy_pass ${apiOrigin};`],
    ]),
  );
  writeFileSync(join(confDir, 'security-headers.conf'), read('security-headers.conf'));
  return { config: join(dir, 'nginx.conf') };
}

/** Runs a command until it prints what `ready` matches; rejects with its output when it exits first. */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ready: RegExp },
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match) resolve({ child, match });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output}`)));
  });
}

/** Waits until something answers HTTP at `url`. */
export async function waitForHttp(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Nothing answered at ${url}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export function stop(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
