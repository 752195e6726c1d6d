// Node, ES modules: every entry point imported as a user would, one chart rendered to SVG.
import { readFileSync } from 'node:fs';
import * as core from '@luoshi/core';
import * as charts from '@luoshi/charts';
import * as ssr from '@luoshi/charts/ssr';
import * as staticClient from '@luoshi/charts/static';
import * as cli from '@luoshi/cli';
import * as react from '@luoshi/react';
import schema from '@luoshi/core/schema/dataset.schema.json' with { type: 'json' };

const dataset = JSON.parse(readFileSync(new URL('./guangzhou.json', import.meta.url), 'utf8'));
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
      react: Object.keys(react).length,
    },
    schema: schema.$schema ?? schema.type,
    functions: [
      typeof core.parseDataset,
      typeof charts.mount,
      typeof staticClient.hydrateAll,
      typeof cli.main,
      typeof react.BulletChart,
    ],
    svg,
  }),
);
