// `npm run bench`: page weight, first draw in Chromium and server-side render time of
// @luoshi/charts against ECharts measured in the same run. Prints a table and writes results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bullet } from '../src/index.js';
import { renderStatic } from '../src/ssr/index.js';
import { launchChromium } from '../test/browser/browser.harness.js';
import { assertBuilt, bundleBenchPage, gzipped, type PageBundle } from './bench.bundle.js';
import { viewDataset, withRows } from './bench.data.js';
import { median, pairedRatio, timeFirstDraw, type FirstDraw, type PageInput } from './bench.first-draw.js';
import { timeSsr } from './bench.ssr.js';

// Runs of the one-chart page; the heavier pages get fewer (each 1 000-category load takes seconds).
const RUNS = Number(process.env['BENCH_RUNS'] ?? 31);
const SSR_RUNS = 300;
const page = (name: string): string => fileURLToPath(new URL(`pages/${name}.page.ts`, import.meta.url));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

interface Row {
  measure: string;
  luoshi: string;
  against: string;
  competitor: string;
  ratio: number | null;
  aim: string;
  met: boolean | null;
}
const rows: Row[] = [];
const raw: Record<string, unknown> = {};

const { source, data } = await viewDataset();
const model = bullet.build(data);
const option = model.option;
const many = withRows(bullet, data, 1000);
const manyModel = bullet.build(many);
const manyOption = manyModel.option;

// Page weight, of pages bundled from the built packages.
assertBuilt();
const [luoshi, core, full, client, runtime] = await Promise.all(
  ['luoshi-bullet', 'echarts-core-bullet', 'echarts-full-bullet', 'luoshi-static', 'luoshi-runtime'].map(
    (name) => bundleBenchPage(page(name)),
  ),
);
const staticChart = renderStatic(bullet, data, { width: 640, height: 400 });
raw['bytes'] = {
  luoshi: { initialGzip: luoshi!.initialGzip, initialMin: luoshi!.initialMin, totalGzip: luoshi!.totalGzip },
  echartsCore: { initialGzip: core!.initialGzip, initialMin: core!.initialMin },
  echartsFull: { initialGzip: full!.initialGzip, initialMin: full!.initialMin },
  runtimeOnly: { initialGzip: runtime!.initialGzip, initialMin: runtime!.initialMin },
  staticClient: { initialGzip: client!.initialGzip, initialMin: client!.initialMin },
  staticMarkupGzip: gzipped(staticChart.html),
};
const bytesRatio = luoshi!.initialGzip / core!.initialGzip;
rows.push(
  {
    measure: 'JS gzip, one bullet chart',
    luoshi: kb(luoshi!.initialGzip),
    against: '(b) echarts/core',
    competitor: kb(core!.initialGzip),
    ratio: bytesRatio,
    aim: '≤ 1.10',
    met: bytesRatio <= 1.1,
  },
  {
    measure: 'JS gzip, one bullet chart',
    luoshi: kb(luoshi!.initialGzip),
    against: "(a) 'echarts'",
    competitor: kb(full!.initialGzip),
    ratio: luoshi!.initialGzip / full!.initialGzip,
    aim: '≈ 0.5',
    met: null,
  },
  {
    measure: '  diagnostic: runtime + prebuilt model',
    luoshi: kb(runtime!.initialGzip),
    against: '(b) echarts/core',
    competitor: kb(core!.initialGzip),
    ratio: runtime!.initialGzip / core!.initialGzip,
    aim: '≤ 1.10',
    met: runtime!.initialGzip / core!.initialGzip <= 1.1,
  },
  {
    measure: 'JS gzip, static mode client',
    luoshi: kb(client!.initialGzip),
    against: '10 KB budget',
    competitor: kb(10 * 1024),
    ratio: client!.initialGzip / (10 * 1024),
    aim: '< 1.00',
    met: client!.initialGzip < 10 * 1024,
  },
  {
    measure: 'static mode: SVG + payload HTML gzip',
    luoshi: kb(gzipped(staticChart.html)),
    against: '—',
    competitor: '—',
    ratio: null,
    aim: '—',
    met: null,
  },
);

// Server-side rendering.
const ssr = timeSsr(bullet, data, SSR_RUNS);
raw['ssrMs'] = ssr;
rows.push(
  {
    measure: 'SSR per chart (build + render)',
    luoshi: ms(ssr.luoshiMs),
    against: 'ECharts renderToSVGString',
    competitor: ms(ssr.echartsMs),
    ratio: ssr.ratio,
    aim: '≤ 1.20',
    met: ssr.ratio <= 1.2,
  },
  {
    measure: '  of which view build',
    luoshi: ms(ssr.luoshiBuildMs),
    against: '—',
    competitor: '—',
    ratio: null,
    aim: '—',
    met: null,
  },
);

// First draw in Chromium. Every page is loaded once first (Chromium's own first start, the disk
// cache of its binary); then the pages take turns, the order reversed every other run, and each
// ratio is the median of run-by-run ratios (see pairedRatio).
const browser = await launchChromium();
const cases: [string, number, PageInput, PageInput, PageInput][] = [
  ['1 chart', RUNS, { data, count: 1 }, { option, count: 1 }, { data: model, count: 1 }],
  ['30 charts', Math.ceil(RUNS / 2), { data, count: 30 }, { option, count: 30 }, { data: model, count: 30 }],
  [
    '1 chart, 1 000 categories',
    Math.ceil(RUNS / 3),
    { data: many, count: 1 },
    { option: manyOption, count: 1 },
    { data: manyModel, count: 1 },
  ],
];
type Side = 'luoshi' | 'core' | 'runtimeOnly';
const draw: Record<string, Record<Side, FirstDraw[]>> = {};
try {
  for (const [name, runs, ours, theirs, prebuilt] of cases) {
    const pages: [Side, PageBundle, PageInput][] = [
      ['luoshi', luoshi!, ours],
      ['core', core!, theirs],
      ['runtimeOnly', runtime!, prebuilt],
    ];
    const times: Record<Side, FirstDraw[]> = { luoshi: [], core: [], runtimeOnly: [] };
    for (const [, bundle, input] of pages) await timeFirstDraw(browser, bundle, input);
    for (let run = 0; run < runs; run += 1) {
      for (const [side, bundle, input] of run % 2 === 0 ? pages : [...pages].reverse())
        times[side].push(await timeFirstDraw(browser, bundle, input));
    }
    draw[name] = times;
    const wall = (side: Side) => times[side].map((t) => t.ms);
    const cpu = (side: Side) => times[side].map((t) => t.cpuMs);
    const ratio = pairedRatio(wall('luoshi'), wall('core'));
    const runtimeRatio = pairedRatio(wall('runtimeOnly'), wall('core'));
    const cpuRatio = pairedRatio(cpu('luoshi'), cpu('core'));
    rows.push(
      {
        measure: `first draw, ${name} (${runs} runs)`,
        luoshi: ms(median(wall('luoshi'))),
        against: '(b) echarts/core',
        competitor: ms(median(wall('core'))),
        ratio,
        aim: '≤ 1.10',
        met: ratio <= 1.1,
      },
      {
        measure: '  diagnostic: main-thread CPU',
        luoshi: ms(median(cpu('luoshi'))),
        against: '(b) echarts/core',
        competitor: ms(median(cpu('core'))),
        ratio: cpuRatio,
        aim: '—',
        met: null,
      },
      {
        measure: '  diagnostic: runtime + prebuilt model',
        luoshi: ms(median(wall('runtimeOnly'))),
        against: '(b) echarts/core',
        competitor: ms(median(wall('core'))),
        ratio: runtimeRatio,
        aim: '—',
        met: null,
      },
    );
  }
} finally {
  await browser.close();
}
raw['firstDraw'] = draw;

const header = ['measure', '@luoshi/charts', 'against', 'competitor', 'ratio', 'aim', 'met'];
const lines = rows.map((row) => [
  row.measure,
  row.luoshi,
  row.against,
  row.competitor,
  row.ratio === null ? '—' : row.ratio.toFixed(2),
  row.aim,
  row.met === null ? '—' : row.met ? '✓' : '✗',
]);
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
const format = (cells: string[]): string =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `@luoshi/charts bench — data: ${source}, ${SSR_RUNS} server renders, Chromium ${process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium'}; ratios are medians of run-by-run ratios`,
);
console.log(format(header));
console.log(format(widths.map((width) => '-'.repeat(width))));
for (const line of lines) console.log(format(line));

writeFileSync(
  fileURLToPath(new URL('results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, data: source, runs: RUNS, rows, raw }, null, 2)}\n`,
);
