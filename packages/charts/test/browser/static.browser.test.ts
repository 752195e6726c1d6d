import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderStatic } from '../../src/ssr/index.js';
import { HOSTILE_NAME, sampleBars, testBar } from '../support/test-bar.view.js';
import { bundlePage, here, htmlPage, launchChromium, serve } from './browser.harness.js';
import type {} from './pages/page.probe.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const script = await bundlePage(here('pages/static.page.ts'));
  const first = renderStatic(testBar, sampleBars, { width: 640, height: 400 });
  const second = renderStatic(
    testBar,
    { items: [{ id: 'other', label: '另一图', value: 1 }] },
    { width: 320, height: 200 },
  );
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: htmlPage(first.html + second.html, '/static.js') },
    '/static.js': { type: 'text/javascript; charset=utf-8', body: script },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-hydrated]', { state: 'attached' });
  expect(errors).toEqual([]);
  return page;
}

/** The centre of a data element of the n-th chart, found by its hydration attributes. */
async function centreOf(page: Page, chart: number, dataIndex: number): Promise<{ x: number; y: number }> {
  const box = await page
    .locator('[data-luoshi-chart]')
    .nth(chart)
    .locator(`[ecmeta_series_index="0"][ecmeta_data_index="${dataIndex}"]`)
    .boundingBox();
  if (box === null) throw new Error(`no element ${dataIndex} in chart ${chart}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the static client in a real browser', () => {
  it('shows the tooltip text of the hovered element as text, with no script run and no element injected', async () => {
    const page = await openPage();
    const hostile = await centreOf(page, 0, 1);
    await page.mouse.move(hostile.x, hostile.y);
    const tooltip = page.locator('[data-luoshi-chart] [role="tooltip"]').first();
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toBe(`${HOSTILE_NAME}\n数值: 3.2`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    const other = await centreOf(page, 0, 0);
    await page.mouse.move(other.x, other.y);
    expect(await tooltip.innerText()).toBe('地区生产总值\n数值: 5.5');
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('reports the same selections as mount when elements of each chart are clicked', async () => {
    const page = await openPage();
    for (const [chart, index] of [
      [0, 2],
      [1, 0],
      [0, 1],
    ] as const) {
      const point = await centreOf(page, chart, index);
      await page.mouse.click(point.x, point.y);
    }
    expect(await page.evaluate(() => window.__log.selections)).toEqual([
      { kind: 'task', id: 't-3' },
      { kind: 'task', id: 'other' },
      { kind: 'task', id: 't-2' },
    ]);
    await page.close();
  });
});
