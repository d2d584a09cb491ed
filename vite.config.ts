import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** A build against a real API (VITE_API_BASE_URL set) ships no mock service worker. */
function dropMockWorker(): Plugin {
  let outFile: string | null = null;
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || config.root, 'VITE_');
      outFile = env.VITE_API_BASE_URL ? join(config.build.outDir.startsWith('/') ? '' : config.root, config.build.outDir, 'mockServiceWorker.js') : null;
    },
    async closeBundle() {
      if (outFile) await rm(outFile, { force: true });
    },
  };
}

/**
 * The contract (`src/api`) declares schemas and endpoint tables at module level and does nothing
 * else on import. Saying so lets Rollup drop the parts a bundle never uses (the admin and dev
 * tables, admin-only schemas): zod's `.check()` calls look like side effects to it otherwise.
 */
function contractHasNoSideEffects(): Plugin {
  const contractDir = fileURLToPath(new URL('./src/api/', import.meta.url));
  return {
    name: 'contract-has-no-side-effects',
    apply: 'build',
    transform(_code, id) {
      return id.startsWith(contractDir) ? { moduleSideEffects: false } : null;
    },
  };
}

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [react(), dropMockWorker(), contractHasNoSideEffects()],
  resolve: { alias: { '@': srcDir } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // `npm run size` reads the manifest to add up what each route loads.
  build: { manifest: true },
  test: {
    globals: true,
    // One set of handlers serves every test; tests fail on an unexpected console.error.
    setupFiles: ['./tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'tests/integration/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/ui/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
