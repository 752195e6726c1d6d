// Time until the charts are on screen in real Chromium: from navigation start to the frame after
// the last chart was drawn, script download, parse and data processing included; and the main
// thread's CPU time until then.
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

/** One page load: when the charts were on screen, and how much main-thread CPU it took to get there. */
export interface FirstDraw {
  /** Milliseconds from navigation start to the frame after the last chart was drawn. */
  ms: number;
  /**
   * Milliseconds of CPU the page's main thread spent on tasks until then (Chromium's `TaskDuration`
   * in thread time): unlike `ms`, it does not grow while other processes hold the machine's cores.
   */
  cpuMs: number;
}

/** Loads the page in a fresh browser context (no cache, a new renderer) and waits until it has drawn. */
export async function timeFirstDraw(
  browser: Browser,
  bundle: PageBundle,
  input: PageInput,
): Promise<FirstDraw> {
  const files: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html; charset=utf-8', body: html(input, bundle.entry) },
  };
  for (const [path, body] of Object.entries(bundle.files))
    files[path] = { type: 'text/javascript; charset=utf-8', body };
  const server = await serve(files);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.__drawnAt !== undefined, undefined, { timeout: 120_000 });
    const ms = await page.evaluate(() => window.__drawnAt!);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
    return { ms, cpuMs: task * 1000 };
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

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median of run-by-run ratios `ours[i] / theirs[i]`. Runs of the two sides alternate, so each
 * pair was measured under the same load of the machine; the median of the pairs is steadier than
 * the ratio of two medians when that load moves (other work on a shared 2-core machine).
 */
export function pairedRatio(ours: number[], theirs: number[]): number {
  if (ours.length !== theirs.length || ours.length === 0)
    throw new Error('[@luoshi/charts bench] pairedRatio needs as many runs on each side');
  return median(ours.map((value, i) => value / theirs[i]!));
}
