// Node, CommonJS: every entry point required, one chart rendered to SVG. Run also with
// --no-experimental-require-module: nothing here may need require(esm).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const core = require('@luoshi/core');
const charts = require('@luoshi/charts');
const ssr = require('@luoshi/charts/ssr');
const staticClient = require('@luoshi/charts/static');
const cli = require('@luoshi/cli');
// @luoshi/react depends on @tanstack/react-table 9, which is an ES module only: its CommonJS file
// needs require(esm) (Node ≥ 20.19 and ≥ 22.12 by default). Without it, only that package is skipped,
// and the output says so.
const react = process.features.require_module === false ? null : require('@luoshi/react');
const schema = require('@luoshi/core/schema/dataset.schema.json');

const dataset = JSON.parse(readFileSync(join(__dirname, 'guangzhou.json'), 'utf8'));
const parsed = core.parseDataset(dataset);
if (!parsed.ok) throw new Error(`parseDataset: ${parsed.problems.map((p) => p.message.en).join('; ')}`);
const svg = ssr.renderToSVG(charts.bullet, dataset, {
  width: 640,
  height: 360,
  locale: 'en',
  jurisdictionId: 'haizhu',
});

console.log(
  JSON.stringify({
    exports: {
      core: Object.keys(core).length,
      charts: Object.keys(charts).length,
      ssr: Object.keys(ssr).length,
      static: Object.keys(staticClient).length,
      cli: Object.keys(cli).length,
      react: react ? Object.keys(react).length : 'needs require(esm)',
    },
    schema: schema.$schema ?? schema.type,
    functions: [
      typeof core.parseDataset,
      typeof charts.mount,
      typeof staticClient.hydrateAll,
      typeof cli.main,
      react ? typeof react.BulletChart : 'needs require(esm)',
    ],
    svg,
  }),
);
