import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_NAME } from '../support/test-bar.view.js';
import { hostileDataset, viewDataset } from '../support/hostile-dataset.js';
import { bundlePage, here, htmlPage, launchChromium, serve } from './browser.harness.js';
import type {} from './pages/mount.page.js';

const VIEWS_INDEX = here('../../src/views/index.ts');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let dataset: Record<string, unknown>;

beforeAll(async () => {
  if (!existsSync(VIEWS_INDEX))
    throw new Error(`[@luoshi/charts] ${VIEWS_INDEX} is missing: there are no views to mount`);
  dataset = (await viewDataset()).data;
  const script = await bundlePage(here('pages/views.page.ts'));
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: htmlPage('', '/page.js') },
    '/page.js': { type: 'text/javascript; charset=utf-8', body: script },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.luoshi !== undefined);
  return { page, errors };
}

describe('every exported view, mounted from a plain page in Chromium', () => {
  it('draws pixels, and a click on an element reports its selection', async () => {
    const { page, errors } = await openPage();
    const names = await page.evaluate(() =>
      Object.keys(window.luoshi.views).filter((name) => name !== 'test-bar'),
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
    const clicked: string[] = [];
    for (const name of names) {
      const id = `v-${name}`;
      await page.evaluate(([view, data, element]) => window.luoshi.mount(element, view, data), [
        name,
        dataset,
        id,
      ] as const);
      const ink = await page.evaluate((element) => window.luoshi.ink(element), id);
      expect(ink.inked, `${name} drew nothing`).toBeGreaterThan(2000);
      expect(ink.colours, `${name} drew one colour`).toBeGreaterThan(2);
      const state = await page.evaluate((element) => window.luoshi.handle(element).model.state, id);
      expect(state, `${name} is in state ${state}`).toBe('ready');

      const selections = await page.evaluate((element) => window.luoshi.handle(element).model.selections, id);
      if (Object.keys(selections).length === 0) continue;
      const points = await page.evaluate((element) => window.luoshi.locate(element), id);
      const key = Object.keys(points).find((candidate) => selections[candidate] !== undefined);
      expect(key, `${name}: no clickable element found`).toBeDefined();
      const before = await page.evaluate(() => window.__log.selections.length);
      await page.mouse.click(points[key!]!.x, points[key!]!.y);
      const reported = await page.evaluate((n) => window.__log.selections.slice(n), before);
      expect(reported, name).toEqual([selections[key!]]);
      clicked.push(name);
      await page.evaluate((element) => document.getElementById(element)?.remove(), id);
    }
    // Gauges may have nothing to click; the bar-like views must. A task-overview segment reports its tasks.
    expect(clicked.length).toBeGreaterThanOrEqual(names.length - 2);
    expect(clicked).toContain('task-overview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile names in tooltips as text in every view that has them', async () => {
    const { page, errors } = await openPage();
    const hostile = hostileDataset(dataset);
    const names = await page.evaluate(() =>
      Object.keys(window.luoshi.views).filter((name) => name !== 'test-bar'),
    );
    const hovered: string[] = [];
    for (const name of names) {
      const id = `h-${name}`;
      await page.evaluate(([view, data, element]) => window.luoshi.mount(element, view, data), [
        name,
        hostile,
        id,
      ] as const);
      const tooltips = await page.evaluate((element) => window.luoshi.handle(element).model.tooltips, id);
      const points = await page.evaluate((element) => window.luoshi.locate(element), id);
      const key = Object.keys(points).find((candidate) => tooltips[candidate]?.includes(HOSTILE_NAME));
      if (key !== undefined) {
        const { x, y } = points[key]!;
        await page.mouse.move(x - 3, y - 3);
        await page.mouse.move(x, y);
        const tooltip = page.locator(`#${id} div`).filter({ hasText: 'onerror' }).last();
        await tooltip.waitFor({ state: 'visible' });
        expect(await tooltip.innerText(), name).toContain(HOSTILE_NAME);
        hovered.push(name);
      }
      await page.evaluate((element) => document.getElementById(element)?.remove(), id);
    }
    await page.waitForTimeout(300);
    // Views whose tooltips name no task, indicator, unit or jurisdiction (status counts) may have none.
    expect(hovered.length, `hostile names hovered only in ${hovered.join(', ')}`).toBeGreaterThanOrEqual(
      names.length - 2,
    );
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
