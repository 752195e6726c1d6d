import { afterAll, describe, expect, it } from 'vitest';

// Records every read of a DOM global while the package's entries are imported on a "server", with the
// module that read it: libraries' environment detection (ECharts, zod) may test `typeof window`;
// luoshi's own sources may not.
const touched: { name: string; by: string }[] = [];
const OUR_SOURCES = /[\\/]packages[\\/][\w-]+[\\/]src[\\/]/;
const DOM_GLOBALS = ['window', 'document', 'navigator', 'ResizeObserver', 'HTMLElement'] as const;

for (const name of DOM_GLOBALS) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const frames = (new Error().stack ?? '').split('\n').slice(2);
      const by = frames.find((frame) => !frame.includes('no-dom.test')) ?? '';
      touched.push({ name, by });
      return undefined;
    },
  });
}

afterAll(() => {
  for (const name of DOM_GLOBALS) delete (globalThis as Record<string, unknown>)[name];
});

describe('importing @luoshi/charts on a server', () => {
  it('reads no DOM global when its entries are imported', async () => {
    const main = await import('../index.js');
    const ssr = await import('./index.js');
    const client = await import('../static/index.js');
    expect(typeof main.mount).toBe('function');
    expect(typeof ssr.renderToSVG).toBe('function');
    expect(typeof client.hydrateStatic).toBe('function');
    const ours = touched.filter(({ by }) => OUR_SOURCES.test(by));
    expect(ours).toEqual([]);
    // ECharts only feature-detects; nothing defined a window for the rest of the server process.
    for (const name of DOM_GLOBALS)
      expect(Object.getOwnPropertyDescriptor(globalThis, name)?.get).toBeDefined();
  });

  it('renders on a server while every DOM global is undefined', async () => {
    const { renderToSVG } = await import('./index.js');
    const { testBar, sampleBars } = await import('../../test/support/test-bar.view.js');
    expect(renderToSVG(testBar, sampleBars)).toMatch(/^<svg/);
    const ours = touched.filter(({ by }) => OUR_SOURCES.test(by));
    expect(ours).toEqual([]);
  });
});
