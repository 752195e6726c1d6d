// Shared by every package's vitest.config.ts: tests run against the packages' TypeScript sources
// (the '@luoshi/source' export condition), so no build is needed and a stale dist is never tested.
import { defaultClientConditions, defaultServerConditions } from 'vite';
import type { UserConfig } from 'vite';

export const sourceConditions = {
  resolve: { conditions: ['@luoshi/source', ...defaultClientConditions] },
  ssr: {
    resolve: {
      conditions: ['@luoshi/source', ...defaultServerConditions],
      externalConditions: ['@luoshi/source'],
    },
  },
} satisfies UserConfig;
