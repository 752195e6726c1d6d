import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    projects: [
      {
        // Components in a simulated DOM (jsdom), driven through testing-library.
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['test/**/*.node.test.tsx', 'test/react18/**'],
          setupFiles: ['test/support/dom.setup.ts'],
        },
      },
      {
        // The server side: no window at all, so any DOM access during import or render fails.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.node.test.tsx', 'src/**/*.test.ts'],
        },
      },
    ],
    typecheck: { enabled: false },
    // A safety net, not a timing assertion: CI runs every package at once on two shared cores.
    testTimeout: 30_000,
  },
});
