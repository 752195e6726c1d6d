import { readFileSync, rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const shared = {
  target: 'node20',
  sourcemap: false,
  define: { __LUOSHI_VERSION__: JSON.stringify(version) },
} as const;

// The `luoshi` binary is an ES module only (`bin.js`: nothing requires it). The library entry, for
// running the CLI in-process, is both an ES module and CommonJS; the luoshi packages and echarts
// stay imports. Declarations come from the ES build; `tsup.shared.ts declarations` writes the
// CommonJS ones after it.
// The two builds run in parallel: a `clean` in either would race with the other.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
  },
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'] },
]);
