import { defineConfig } from 'vitest/config';

// Real Chromium over the built files (dist), never skipped.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
