import { defineConfig } from 'vitest/config';

// The demo's tests drive the built dashboard in Debian's Chromium: one worker, generous timeouts
// (the machine is shared), no retries that would hide a flaky screen.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
