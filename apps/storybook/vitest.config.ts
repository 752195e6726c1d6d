import { defineConfig } from 'vitest/config';

// The story test: every story of the built Storybook, opened by id in real Chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxConcurrency: 3,
  },
});
