import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  ...sourceConditions,
  define: { __LUOSHI_VERSION__: JSON.stringify(version) },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
