import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@luoshi/source'] },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: false },
  },
});
