// <luoshi-chart> in real Chromium, from plain static HTML pages on 127.0.0.1 (no bundler at all:
// the built IIFE by <script src>, or the built ES module), with hostile page CSS and inside a
// Shadow DOM host. Never skipped: without Chromium it fails and says what to do.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium';
const file = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)));
const dataset = file('../../fixtures/data/guangzhou.json').toString('utf8');

// Hostile page CSS: what a portal's stylesheet does to everything it can reach.
const HOSTILE = `<style>*{font-size:40px!important;color:lime!important}div{display:none}table{display:none}
canvas{visibility:hidden}luoshi-chart{width:640px;display:block!important}</style>`;

const pages: Record<string, string> = {
  '/iife.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${HOSTILE}</head><body>
<luoshi-chart id="c" view="bullet" jurisdiction="海珠区" period="2025" lang="zh-CN" theme="dark">
<script type="application/json">${dataset.replace(/</g, '\\u003c')}</script></luoshi-chart>
<script src="/luoshi-embed.iife.js"></script></body></html>`,
  '/module.html': `<!doctype html><html><head><meta charset="utf-8">${HOSTILE}</head><body><section id="host"></section>
<script type="module">import '/luoshi-embed.js';
const root = document.getElementById('host').attachShadow({ mode: 'open' });
root.innerHTML = '<luoshi-chart id="c" view="bullet" src="/data/haizhu.json" jurisdiction="haizhu" lang="en" style="width:640px"></luoshi-chart>';
window.chartInShadow = root.getElementById('c');</script></body></html>`,
  '/error.html': `<!doctype html><html><head><meta charset="utf-8"></head><body>
<luoshi-chart id="c" src="/data/broken.json" lang="en" style="width:640px"></luoshi-chart>
<luoshi-chart id="d" lang="en" style="width:640px"><script type="application/json">{"schemaVersion":3,"jurisdictions":[{"id":"<img src=x onerror=window.pwned=1>"}]}</script></luoshi-chart>
<script src="/luoshi-embed.iife.js"></script></body></html>`,
};

let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `[@luoshi/embed] needs Chromium at ${CHROMIUM}: apt-get install -y chromium, or set LUOSHI_CHROMIUM`,
    );
  const files: Record<string, [string, string | Buffer]> = {
    '/luoshi-embed.iife.js': ['text/javascript', file('../dist/luoshi-embed.iife.js')],
    '/luoshi-embed.js': ['text/javascript', file('../dist/luoshi-embed.js')],
    '/data/haizhu.json': ['application/json', dataset],
    '/data/broken.json': ['application/json', '{"schemaVersion": 3, <b>'],
    ...Object.fromEntries(
      Object.entries(pages).map(([path, html]) => [path, ['text/html', html] as [string, string]]),
    ),
  };
  server = createServer((request, response) => {
    const found = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!found) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': `${found[0]}; charset=utf-8` }).end(found[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + path);
  return { page, errors };
}

/** How the chart in `element` (a script expression) was drawn: canvas pixels, its table, its state. */
function drawn(page: Page, element: string) {
  return page
    .waitForFunction(
      (expression) => {
        const el = eval(expression) as HTMLElement & { chart?: { model: { state: string } } };
        const canvas = el?.shadowRoot?.querySelector('canvas');
        if (!el?.chart || !canvas) return false;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        if (painted < 1000) return false;
        const table = el.shadowRoot!.querySelector('table');
        return {
          painted,
          state: el.chart.model.state,
          rows: table?.querySelectorAll('tbody tr').length ?? 0,
          caption: table?.querySelector('caption')?.textContent ?? '',
          visible: getComputedStyle(canvas).visibility,
        };
      },
      element,
      { timeout: 30_000 },
    )
    .then(
      (handle) =>
        handle.jsonValue() as Promise<{
          painted: number;
          state: string;
          rows: number;
          caption: string;
          visible: string;
        }>,
    );
}

describe('<luoshi-chart>', () => {
  it('draws from inline JSON with the IIFE by <script src>, beside hostile page CSS, with its table', async () => {
    const { page, errors } = await open('/iife.html');
    const result = await drawn(page, "document.getElementById('c')");
    expect(result.state).toBe('ready');
    expect(result.visible).toBe('visible');
    expect(result.rows).toBeGreaterThan(3);
    expect(result.caption).toContain('海珠区');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches src inside a Shadow DOM host (ES module), redraws when an attribute changes', async () => {
    const { page, errors } = await open('/module.html');
    const first = await drawn(page, 'window.chartInShadow');
    expect(first.caption).toContain('Haizhu');
    await page.evaluate(() =>
      (window as unknown as { chartInShadow: HTMLElement }).chartInShadow.setAttribute('lang', 'zh-CN'),
    );
    await page.waitForFunction(() =>
      (window as unknown as { chartInShadow: HTMLElement }).chartInShadow.shadowRoot
        ?.querySelector('caption')
        ?.textContent?.includes('海珠区'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says inside the element, escaped, what is wrong: broken JSON from src, invalid data inline', async () => {
    const { page } = await open('/error.html');
    await page.waitForFunction(() => document.getElementById('c')?.shadowRoot?.querySelector('[role=alert]'));
    const message = await page.evaluate(
      () => document.getElementById('c')!.shadowRoot!.querySelector('[role=alert]')!.textContent,
    );
    expect(message).toContain('/data/broken.json: not JSON');
    await page.waitForFunction(
      () => (document.getElementById('d') as HTMLElement & { chart?: unknown })?.chart,
    );
    const invalid = await page.evaluate(() => ({
      text: document.getElementById('d')!.shadowRoot!.textContent,
      images: document.getElementById('d')!.shadowRoot!.querySelectorAll('img').length,
      pwned: (window as { pwned?: number }).pwned,
    }));
    expect(invalid.images).toBe(0);
    expect(invalid.pwned).toBeUndefined();
    expect(invalid.text).toMatch(/Invalid data|problem/i);
    await page.close();
  });
});
