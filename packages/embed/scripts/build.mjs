// The embed is for pages with no bundler: ECharts and the luoshi packages are bundled in, once as
// an ES module (<script type="module">) and once as an IIFE (a plain <script src>).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const shared = {
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  target: 'es2020',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...shared, format: 'esm', outfile: 'dist/luoshi-embed.js' });
await build({ ...shared, format: 'iife', outfile: 'dist/luoshi-embed.iife.js' });
