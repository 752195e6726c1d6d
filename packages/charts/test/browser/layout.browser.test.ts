// THE layout test: every view × {zh-CN, en} × {light, dark} × {360, 640, 1280 px} × every data state,
// rendered on the server and measured in Chromium. It fails when two text boxes overlap, a text box
// leaves the chart, or a text's contrast against what is drawn behind it is under 4.5:1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { layoutCases, renderCase } from '../support/layout-matrix.js';
import { bundlePage, here, htmlPage, launchChromium, serve } from './browser.harness.js';
import type { LayoutInput, LayoutProblem } from './pages/layout.page.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  const script = await bundlePage(here('pages/layout.page.ts'));
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: htmlPage('', '/layout.js') },
    '/layout.js': { type: 'text/javascript; charset=utf-8', body: script },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.luoshiLayout !== undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Problems counted per kind and per view, with the first few of each kind spelled out. */
function summary(problems: LayoutProblem[]): string {
  const byKind = new Map<string, LayoutProblem[]>();
  for (const p of problems) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const lines: string[] = [];
  for (const [kind, list] of byKind) {
    const views = new Map<string, number>();
    for (const p of list) views.set(p.key.split('/')[0]!, (views.get(p.key.split('/')[0]!) ?? 0) + 1);
    const cases = new Set(list.map((p) => p.key)).size;
    lines.push(
      `${kind}: ${list.length} in ${cases} renders (${[...views].map(([v, n]) => `${v} ${n}`).join(', ')})`,
    );
    for (const p of list.slice(0, 6)) lines.push(`  ${p.key}: ${p.detail}`);
  }
  return lines.join('\n');
}

describe('layout of every view in every state, measured in Chromium', () => {
  it(
    'no text over text, no text outside the chart, every text ≥ 4.5:1 against its background',
    async () => {
      const cases = layoutCases();
      expect(cases.length).toBe(7 * 7 * 2 * 2 * 3);
      const problems: LayoutProblem[] = [];
      const batch = 21;
      for (let i = 0; i < cases.length; i += batch) {
        const inputs: LayoutInput[] = cases
          .slice(i, i + batch)
          .map((c) => ({ key: c.key, svg: renderCase(c), width: c.width, height: c.height }));
        problems.push(...(await page.evaluate((list) => window.luoshiLayout.measure(list), inputs)));
        if (process.env['LUOSHI_LAYOUT_REPORT'] && (i / batch) % 7 === 6)
          console.log(`after ${i + batch} renders:\n${summary(problems)}`);
      }
      if (process.env['LUOSHI_LAYOUT_REPORT']) console.log(summary(problems));
      expect(problems, summary(problems)).toEqual([]);
    },
    Number(process.env['LUOSHI_LAYOUT_TIMEOUT'] ?? 240_000),
  );
});
