import { defineConfig } from 'tsup';
import { echartsForRequire, libraryBuild } from '../../tsup.shared.js';

// Three entries: the views and mount ('.'), server-side rendering ('./ssr') and the static client
// ('./static'). ES modules one file per module, so a page that imports `bullet` bundles neither the
// other views nor the ECharts pieces they register.
export default defineConfig(
  libraryBuild(
    { index: 'src/index.ts', ssr: 'src/ssr/index.ts', static: 'src/static/index.ts' },
    // echarts is a peer: every `echarts/...` path stays an import, so the consumer's bundler picks the pieces.
    { external: [/^echarts(\/|$)/, /^@luoshi\/core$/] },
    // `require` cannot load echarts/core and its siblings (ES modules only) without Node's
    // require(esm): the CommonJS files require ECharts' own CommonJS build instead.
    {
      cjs: {
        external: [/^echarts$/, /^echarts\/ssr\//, /^@luoshi\/core$/],
        noExternal: [/^echarts\/(core|charts|components|features|renderers|lib\/)/],
        esbuildPlugins: [echartsForRequire()],
      },
    },
  ),
);
