import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the demo build.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // The screen tours visit 10–14 screens with axe on each: ≈ 20–35 s alone on CI's two cores,
    // 45–86 s when the machine is busy (load 9–14 measured); 60 s timed out there.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
