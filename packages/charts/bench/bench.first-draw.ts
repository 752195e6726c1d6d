// Time until the charts are on screen in real Chromium: from navigation start to the frame after
// the last chart was drawn, script download, parse and data processing included.
import type { Browser } from 'playwright-core';
import { serve } from '../test/browser/browser.harness.js';
import type { PageBundle } from './bench.bundle.js';

export interface PageInput {
  data?: unknown;
  option?: unknown;
  count: number;
  /** Extra HTML before the script (the static mode's server-rendered charts). */
  body?: string;
}

function html(input: PageInput, script: string): string {
  const charts =
    input.body ??
    Array.from({ length: input.count }, (_, i) => `<div id="chart-${i}" class="chart"></div>`).join('');
  const bench = JSON.stringify({ data: input.data, option: input.option, count: input.count }).replace(
    /</g,
    '\\u003c',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>.chart{width:640px;height:400px}</style></head><body>${charts}<script>window.__bench=${bench}</script><script type="module" src="${script}"></script></body></html>`;
}

/** Milliseconds from navigation start until drawn, one fresh page per run. */
export async function timeFirstDraw(browser: Browser, bundle: PageBundle, input: PageInput): Promise<number> {
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: html(input, bundle.entry) },
  };
  for (const [path, body] of Object.entries(bundle.files))
    files[path] = { type: 'text/javascript; charset=utf-8', body };
  const server = await serve(files);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.__drawnAt !== undefined, undefined, { timeout: 120_000 });
    return await page.evaluate(() => window.__drawnAt!);
  } finally {
    await context.close();
    await server.close();
  }
}

declare global {
  interface Window {
    __drawnAt?: number;
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
