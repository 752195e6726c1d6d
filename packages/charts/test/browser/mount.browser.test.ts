import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HOSTILE_NAME, sampleBars } from '../support/test-bar.view.js';
import { bundlePage, here, htmlPage, launchChromium, serve } from './browser.harness.js';
import type {} from './pages/mount.page.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const script = await bundlePage(here('pages/mount.page.ts'));
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

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.luoshi !== undefined);
  expect(errors).toEqual([]);
  return page;
}

describe('mount in a real browser', () => {
  it('draws pixels on the canvas', async () => {
    const page = await openPage();
    await page.evaluate((data) => window.luoshi.mount('c', 'test-bar', data), sampleBars);
    const ink = await page.evaluate(() => window.luoshi.ink('c'));
    expect(ink.inked).toBeGreaterThan(5000);
    expect(ink.colours).toBeGreaterThan(2);
    await page.close();
  });

  it('reports the id of a clicked bar', async () => {
    const page = await openPage();
    await page.evaluate((data) => window.luoshi.mount('c', 'test-bar', data), sampleBars);
    const points = await page.evaluate(() => window.luoshi.locate('c'));
    expect(Object.keys(points).sort()).toEqual(['0:0', '0:1', '0:2']);
    await page.mouse.click(points['0:2']!.x, points['0:2']!.y);
    await page.mouse.click(points['0:0']!.x, points['0:0']!.y);
    expect(await page.evaluate(() => window.__log.selections)).toEqual([
      { kind: 'task', id: 't-3' },
      { kind: 'task', id: 't-1' },
    ]);
    await page.close();
  });

  it('shows a hostile name in the tooltip as text: no script runs, no element is injected', async () => {
    const page = await openPage();
    await page.evaluate((data) => window.luoshi.mount('c', 'test-bar', data), sampleBars);
    const points = await page.evaluate(() => window.luoshi.locate('c'));
    const hostile = points['0:1']!;
    await page.mouse.move(hostile.x - 2, hostile.y - 2);
    await page.mouse.move(hostile.x, hostile.y);
    const tooltip = page.locator('#c div').filter({ hasText: 'onerror' });
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.innerText()).toBe(`${HOSTILE_NAME}\n数值: 3.2`);
    // Give a broken image's onerror every chance to fire.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await page.close();
  });

  it('waits while mounted in a hidden tab, then draws at the size the tab gives it, and follows resizes', async () => {
    const page = await openPage();
    await page.evaluate((data) => window.luoshi.mount('c', 'test-bar', data, {}, 'display:none'), sampleBars);
    expect(await page.evaluate(() => window.luoshi.canvasSize('c'))).toBeUndefined();
    expect(await page.evaluate(() => window.luoshi.handle('c').instance())).toBeUndefined();
    await page.evaluate(async () => {
      const element = document.getElementById('c')!;
      element.setAttribute('style', 'display:block;width:720px;height:360px');
      await window.luoshi.handle('c').ready;
    });
    expect(await page.evaluate(() => window.luoshi.canvasSize('c'))).toEqual({ width: 720, height: 360 });
    expect((await page.evaluate(() => window.luoshi.ink('c'))).inked).toBeGreaterThan(5000);
    await page.evaluate(() => document.getElementById('c')!.style.setProperty('width', '500px'));
    await page.waitForFunction(() => window.luoshi.canvasSize('c')?.width === 500);
    // Hidden again: the chart keeps its drawing instead of collapsing to zero.
    await page.evaluate(() => document.getElementById('c')!.style.setProperty('display', 'none'));
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.evaluate(() => document.getElementById('c')!.style.setProperty('display', 'block'));
    expect(await page.evaluate(() => window.luoshi.canvasSize('c'))).toEqual({ width: 500, height: 360 });
    await page.close();
  });

  it('updates its data, switches to the SVG renderer, exports PNG and SVG, and disposes', async () => {
    const page = await openPage();
    await page.evaluate((data) => window.luoshi.mount('c', 'test-bar', data), sampleBars);
    const png = await page.evaluate(() => window.luoshi.handle('c').toImage('png'));
    expect(png).toMatch(/^data:image\/png;base64,/);
    // The SVG renderer is opt-in: without it, SVG export and the svg renderer say what to do.
    expect(
      await page.evaluate(() =>
        window.luoshi
          .handle('c')
          .toImage('svg')
          .catch((error: Error) => error.message),
      ),
    ).toMatch(/toImage\('svg'\): the SVG renderer is not registered\. Call registerSvgRenderer\(\)/);
    expect(
      await page.evaluate(() => {
        try {
          window.luoshi.handle('c').setOptions({ renderer: 'svg' });
          return 'no error';
        } catch (error) {
          return (error as Error).message;
        }
      }),
    ).toMatch(/setOptions\(\): the SVG renderer is not registered/);
    await page.evaluate(() => window.luoshi.registerSvgRenderer());
    const svgFromCanvas = await page.evaluate(() => window.luoshi.handle('c').toImage('svg'));
    expect(decodeURIComponent(svgFromCanvas)).toContain('地区生产总值');

    await page.evaluate(() =>
      window.luoshi.handle('c').update({ items: [{ id: 'n-1', label: '新增', value: 2 }] }),
    );
    expect(await page.evaluate(() => Object.values(window.luoshi.handle('c').model.selections))).toEqual([
      { kind: 'task', id: 'n-1' },
    ]);
    await page.evaluate(async () => {
      const handle = window.luoshi.handle('c');
      handle.setOptions({ renderer: 'svg', locale: 'en' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await page.waitForFunction(() => document.querySelectorAll('#c svg path').length > 3);
    expect(await page.locator('#c canvas').count()).toBe(0);
    expect(await page.locator('#c svg').first().innerHTML()).toContain('新增');
    const svg = await page.evaluate(() => window.luoshi.handle('c').toImage('svg'));
    expect(svg).toMatch(/^data:image\/svg\+xml/);
    const pngFromSvg = await page.evaluate(() => window.luoshi.handle('c').toImage('png'));
    expect(pngFromSvg).toMatch(/^data:image\/png;base64,/);

    const points = await page.evaluate(() => window.luoshi.locate('c'));
    await page.mouse.click(points['0:0']!.x, points['0:0']!.y);
    expect(await page.evaluate(() => window.__log.selections)).toEqual([{ kind: 'task', id: 'n-1' }]);

    await page.evaluate(() => window.luoshi.handle('c').dispose());
    expect(await page.locator('#c svg, #c canvas').count()).toBe(0);
    await page.close();
  });
});
