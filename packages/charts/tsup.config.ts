import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.js';

// Three entries: the views and mount ('.'), server-side rendering ('./ssr') and the static client
// ('./static'). ES modules one file per module, so a page that imports `bullet` bundles neither the
// other views nor the ECharts pieces they register.
export default defineConfig(
  libraryBuild(
    { index: 'src/index.ts', ssr: 'src/ssr/index.ts', static: 'src/static/index.ts' },
    // echarts is a peer: every `echarts/...` path stays an import, so the consumer's bundler picks the pieces.
    { external: [/^echarts(\/|$)/, /^@luoshi\/core$/] },
  ),
);
