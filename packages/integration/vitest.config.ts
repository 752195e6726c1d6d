import { defineConfig } from 'vitest/config';

// One file, run in order: packing and installing once is most of the time, each check after it is a
// few seconds. Generous timeouts: two shared cores, and npm.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
