import { defineConfig } from 'tsup';

export default defineConfig({
  // Three entries: the views and mount ('.'), server-side rendering ('./ssr') and the static client ('./static').
  entry: { index: 'src/index.ts', ssr: 'src/ssr/index.ts', static: 'src/static/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // echarts is a peer: every `echarts/...` path stays an import, so the consumer's bundler picks the pieces.
  external: [/^echarts(\/|$)/, /^@luoshi\/core$/],
});
