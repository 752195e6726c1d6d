// `npm run bench`: page weight, first draw in Chromium and server-side render time of
// @luoshi/charts against ECharts measured in the same run. Prints a table and writes results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bullet } from '../src/index.js';
import { renderStatic } from '../src/ssr/index.js';
import { launchChromium } from '../test/browser/browser.harness.js';
import { bundleBenchPage, gzipped } from './bench.bundle.js';
import { viewDataset, withRows } from './bench.data.js';
import { median, timeFirstDraw, type PageInput } from './bench.first-draw.js';
import { timeSsr } from './bench.ssr.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
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

// Page weight.
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
const ssr = timeSsr(bullet, data, 200);
raw['ssrMs'] = ssr;
const ssrRatio = ssr.luoshiMs / ssr.echartsMs;
rows.push(
  {
    measure: 'SSR per chart (build + render)',
    luoshi: ms(ssr.luoshiMs),
    against: 'ECharts renderToSVGString',
    competitor: ms(ssr.echartsMs),
    ratio: ssrRatio,
    aim: '≤ 1.20',
    met: ssrRatio <= 1.2,
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

// First draw in Chromium, interleaved runs.
const browser = await launchChromium();
const cases: [string, PageInput, PageInput, PageInput][] = [
  ['1 chart', { data, count: 1 }, { option, count: 1 }, { data: model, count: 1 }],
  ['30 charts', { data, count: 30 }, { option, count: 30 }, { data: model, count: 30 }],
  [
    '1 chart, 1 000 categories',
    { data: many, count: 1 },
    { option: manyOption, count: 1 },
    { data: manyModel, count: 1 },
  ],
];
const draw: Record<string, { luoshi: number[]; core: number[]; runtimeOnly: number[] }> = {};
try {
  for (const [name, ours, theirs, prebuilt] of cases) {
    const times = { luoshi: [] as number[], core: [] as number[], runtimeOnly: [] as number[] };
    await timeFirstDraw(browser, luoshi!, ours); // warm-up: Chromium's own first start
    for (let run = 0; run < RUNS; run += 1) {
      times.luoshi.push(await timeFirstDraw(browser, luoshi!, ours));
      times.core.push(await timeFirstDraw(browser, core!, theirs));
      times.runtimeOnly.push(await timeFirstDraw(browser, runtime!, prebuilt));
    }
    draw[name] = times;
    const ratio = median(times.luoshi) / median(times.core);
    rows.push({
      measure: `first draw, ${name}`,
      luoshi: ms(median(times.luoshi)),
      against: '(b) echarts/core',
      competitor: ms(median(times.core)),
      ratio,
      aim: '≤ 1.10',
      met: ratio <= 1.1,
    });
    const runtimeRatio = median(times.runtimeOnly) / median(times.core);
    rows.push({
      measure: '  diagnostic: runtime + prebuilt model',
      luoshi: ms(median(times.runtimeOnly)),
      against: '(b) echarts/core',
      competitor: ms(median(times.core)),
      ratio: runtimeRatio,
      aim: '≤ 1.10',
      met: runtimeRatio <= 1.1,
    });
  }
} finally {
  await browser.close();
}
raw['firstDrawMs'] = draw;

const header = ['measure', '@luoshi/charts', 'against', 'competitor', 'ratio', 'aim', 'met'];
const lines = rows.map((row) => [
  row.measure,
  row.luoshi,
  row.against,
  row.competitor,
  row.ratio === null ? '—' : row.ratio.toFixed(2),
  row.aim,
  row.met === null ? '—' : row.met ? 'yes' : 'NO',
]);
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
const format = (cells: string[]): string =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `@luoshi/charts bench — data: ${source}, ${RUNS} runs per browser case, Chromium ${process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium'}`,
);
console.log(format(header));
console.log(format(widths.map((width) => '-'.repeat(width))));
for (const line of lines) console.log(format(line));

writeFileSync(
  fileURLToPath(new URL('results.json', import.meta.url)),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, data: source, runs: RUNS, rows, raw }, null, 2)}\n`,
);
