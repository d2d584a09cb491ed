import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort, nginxPath, startProcess, stop, waitForHttp, writeNginxConfig } from './servers';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// NGINX_DIST_DIR serves another real-API build (`npx vite build --outDir /tmp/real`).
const distDir = resolve(root, process.env.NGINX_DIST_DIR ?? 'dist');

/**
 * Debian's nginx with the shipped deploy/nginx config serving the real-API build, and
 * `npm run mock:serve` behind its /api/ proxy, each on a free port.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`No real-API build in ${distDir}: run "npm run build" first.`);
  if (!existsSync(nginxPath))
    throw new Error(`No nginx at ${nginxPath}: apt-get install nginx libnginx-mod-http-brotli-static`);
  const dir = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
  let mock: ChildProcess | null = null;
  let nginx: ChildProcess | null = null;
  const teardown = async () => {
    await stop(nginx, 'SIGQUIT');
    await stop(mock);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const started = await startProcess(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
      cwd: root,
      env: { PORT: '0', HOST: '127.0.0.1' },
      ready: /listening on (http:\/\/[^/\s]+)/,
    });
    mock = started.child;
    const apiOrigin = started.match[1] ?? '';
    const port = await freePort();
    const { config } = writeNginxConfig({
      sourceDir: join(root, 'deploy/nginx'),
      dir,
      root: distDir,
      port,
      apiOrigin,
    });
    const checked = spawnSync(nginxPath, ['-t', '-p', dir, '-c', config], { encoding: 'utf8' });
    if (checked.status !== 0) throw new Error(`nginx -t refused the config:\n${checked.stderr}`);
    const server = spawn(nginxPath, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    nginx = server;
    let errors = '';
    server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await Promise.race([
      waitForHttp(`http://127.0.0.1:${port}/robots.txt`),
      new Promise((_, reject) =>
        server.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${errors}`))),
      ),
    ]);
    project.provide('baseUrl', `http://127.0.0.1:${port}`);
    project.provide('distDir', distDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
