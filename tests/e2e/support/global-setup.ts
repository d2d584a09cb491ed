import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// E2E_DIST_DIR serves another demo build (a scratch build while others rebuild dist-demo).
const outDir = process.env.E2E_DIST_DIR ?? 'dist-demo';

/** Serves the demo build (run `npm run build:demo` first; `npm run test:e2e` does) on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve(root, outDir, 'index.html'))) {
    throw new Error(`No demo build in ${outDir}: run "npm run build:demo" first.`);
  }
  // Screenshots of this run only: none left over from an earlier one.
  rmSync(resolve(root, 'test-results/screenshots'), { recursive: true, force: true });
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    mode: 'demo',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
