import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:nginx`: Debian's nginx with deploy/nginx serving the real-API build, mock:serve
// behind /api/, Playwright (playwright-core) driving Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'nginx',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/nginx/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/nginx/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
