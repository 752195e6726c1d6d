// `npm run bench -w @luoshi/demo`: the Overview against a page with one @luoshi/charts bullet built
// the same way (Vite, same config), in the same Chromium run; and a 10 000-row import in the worker
// against the CLI parsing the same file. Prints figures; asserts nothing (benchmarks are not tests).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateTaskDivisionCorpus } from '@luoshi/core';
import { runLuoshi } from '@luoshi/cli';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../test/support/dashboard.harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env['RUNS'] ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function serveBuild(entryRoot: string, outDir: string) {
  await build({
    root: entryRoot,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: entryRoot,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, outDir, close: () => server.close() };
}

/** JS gzip bytes the page fetched, and milliseconds from navigation to the first chart drawn. */
async function load(browser: Browser, url: string, outDir: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page: Page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(url);
  await page.waitForSelector('[data-drawn="true"]', { timeout: 120_000 });
  const firstChart = await page.evaluate(() => performance.now());
  // Only the chunks the page itself loaded (the worker's chunk is fetched later, on import).
  const bytes = [...scripts].reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length,
    0,
  );
  await context.close();
  return { bytes, firstChart };
}

const browser = await launchChromium();
const out = mkdtempSync(join(tmpdir(), 'luoshi-demo-bench-'));
const app = await serveBuild(root, join(out, 'app'));
const baseline = await serveBuild(join(root, 'bench/one-bullet'), join(out, 'one-bullet'));
try {
  const overview: { bytes: number; firstChart: number }[] = [];
  const bulletPage: { bytes: number; firstChart: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so that the machine's moving load hits both sides alike.
    bulletPage.push(await load(browser, baseline.url, baseline.outDir));
    overview.push(await load(browser, `${app.url}?j=haizhu&y=2024`, app.outDir));
  }
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ratios = overview.map((o, i) => o.firstChart / bulletPage[i]!.firstChart);
  const jsRatio = overview[0]!.bytes / bulletPage[0]!.bytes;
  console.log(
    `Overview JS gzip ${kb(overview[0]!.bytes)} vs one-bullet page ${kb(bulletPage[0]!.bytes)}: ${jsRatio.toFixed(2)}× (aim ≤ 1.5) ${jsRatio <= 1.5 ? '✓' : '✗'}`,
  );
  console.log(
    `first chart drawn: Overview ${median(overview.map((o) => o.firstChart)).toFixed(0)} ms vs one-bullet ${median(bulletPage.map((o) => o.firstChart)).toFixed(0)} ms; median run ratio ${median(ratios).toFixed(2)}× (aim ≤ 1.3) ${median(ratios) <= 1.3 ? '✓' : '✗'} (${RUNS} runs)`,
  );

  // 10 000-row import: longest main-thread task and total time, against the CLI on the same file.
  const corpus = generateTaskDivisionCorpus(10_000, 'tabs');
  const file = join(out, 'tasks-10000.txt');
  writeFileSync(file, corpus);
  const cliTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const run = await runLuoshi([
      'parse',
      file,
      '--kind',
      'task-division',
      '--jurisdiction',
      '海珠区',
      '--year',
      '2025',
    ]);
    if (run.code !== 0) throw new Error(run.stderr.slice(0, 500));
    cliTimes.push(performance.now() - start);
  }
  const pageTimes: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}import?j=haizhu&y=2025`);
    await page.waitForSelector('main h2');
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'tasks-10000.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(corpus),
    });
    const start = Date.now();
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-counts"]', { timeout: 300_000 });
    pageTimes.push(Date.now() - start);
    longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
    const counts = await page.locator('[data-testid="import-counts"]').innerText();
    if (!counts.includes('10000'))
      throw new Error(`[@luoshi/demo bench] unexpected import result: ${counts}`);
    await context.close();
  }
  const ratio = median(pageTimes) / median(cliTimes);
  console.log(
    `import of 10 000 rows (${(corpus.length / 1e6).toFixed(1)} M chars): in the page ${median(pageTimes)} ms (click to result, saved to IndexedDB) vs CLI parse ${median(cliTimes).toFixed(0)} ms: ${ratio.toFixed(2)}× (aim ≤ 2) ${ratio <= 2 ? '✓' : '✗'}; longest main-thread task ${median(longest).toFixed(0)} ms (aim < 200) ${median(longest) < 200 ? '✓' : '✗'}`,
  );
} finally {
  await app.close();
  await baseline.close();
  await browser.close();
}
