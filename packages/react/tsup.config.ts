import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The same two builds as the root tsup.shared.ts `libraryBuild` (ES modules one file per source
// module, CommonJS one bundle per entry), written out here because its module walker reads `.ts`
// files only and this package's components are `.tsx`. Tests and stories are never built.
const entries = {
  index: 'src/index.ts',
  // `#server-svg` (package.json `imports`) picks the server or the browser module by condition.
  'server-svg.server': 'src/server-svg/server-svg.server.ts',
  'server-svg.browser': 'src/server-svg/server-svg.browser.ts',
};
const modules = [
  'src/**/*.{ts,tsx}',
  '!src/**/*.test.{ts,tsx}',
  '!src/**/*.stories.tsx',
  '!src/**/*.test-d.ts',
  // Data for the stories only (it imports the private fixtures).
  '!src/story-data/**',
];

// React, echarts and the luoshi packages stay imports, so the application bundles one copy of each;
// `#server-svg` stays an import so that each side resolves its own module.
const external = [/^react(\/|$)/, /^react-dom(\/|$)/, /^echarts(\/|$)/, /^@luoshi\//, /^@tanstack\//, /^#/];

// tsup runs the two builds in parallel, so its own `clean` in either would race with the other.
rmSync('dist', { recursive: true, force: true });
const shared: Options = { sourcemap: false, target: 'es2022', external, dts: { entry: entries } };

export default defineConfig([
  // The per-file ES modules keep each file's own 'use client'.
  { ...shared, entry: modules, format: ['esm'], bundle: false },
  // The CommonJS files are bundles, and both rollup's tree-shaking and esbuild's bundler drop module
  // directives: that build skips tree-shaking (all of it is reachable) and writes 'use client' back.
  { ...shared, entry: entries, format: ['cjs'], treeshake: false, banner: { js: "'use client';" } },
]);
