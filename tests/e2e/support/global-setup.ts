import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveBuild } from './serve';

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
  const server = await serveBuild(outDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', resolve(root, outDir));
  return server.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the page is served from. */
    baseUrl: string;
    /** The build it serves (the demo build here; the real-API build behind nginx in tests/nginx). */
    distDir: string;
  }
}
