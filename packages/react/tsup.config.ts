import { defineConfig, type Options } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// One entry: the chart components, the hook and the dashboard blocks. React, echarts and the luoshi
// packages stay imports, so the application bundles one copy of each.
const [esm, cjs] = libraryBuild(
  { index: 'src/index.ts' },
  { external: [/^react(\/|$)/, /^react-dom(\/|$)/, /^echarts(\/|$)/, /^@luoshi\//, /^@tanstack\//] },
) as [Options, Options];

// The per-file ES modules keep the entry's own 'use client'. The CommonJS file is one bundle, and
// both rollup's tree-shaking and esbuild's bundler drop module directives, so that build skips the
// tree-shaking (everything in it is reachable anyway) and writes the directive back as a banner.
export default defineConfig([esm, { ...cjs, treeshake: false, banner: { js: "'use client';" } }]);
