/// <reference lib="dom" />
// Ambient types for the untyped echarts/lib renderer modules, visible to every package that typechecks this source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./echarts-lib.d.ts" />
// The one module that imports `echarts/core` for the page. Views list what they draw with
// (`View.install`); this module registers those pieces and the canvas renderer, nothing else, so a
// page bundles only the series and components its views need. The SVG renderer is opt-in
// (`echarts.svg.ts`): a dynamic import of it here would make every bundler split the page into a
// shared chunk, which cost canvas pages about 4.7 KB gzipped for a renderer they never use.
import { init, use } from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';
import type { Locale } from '@luoshi/core';
import type { EChartsExtension } from '../view/view.types.js';

export type { EChartsType };

/** Which zrender back end draws a mounted chart. */
export type RendererName = 'canvas' | 'svg';

const installed = new WeakSet<object>();

/** Registers extensions once each: `use` is idempotent, but skipping known ones keeps remounts cheap. */
export function installExtensions(extensions: readonly EChartsExtension[]): void {
  const fresh = extensions.filter((extension) => {
    const key = extension as object;
    if (installed.has(key)) return false;
    installed.add(key);
    return true;
  });
  if (fresh.length > 0) use(fresh as EChartsExtension);
}

let svgRegistered = false;

/**
 * Whether ECharts' SVG renderer is registered (by `registerSvgRenderer` from `echarts.svg.ts`,
 * or by the page itself through `use`). zrender keeps its painters private, so this asks it for a
 * 1 × 1 server-side instance once and remembers the answer once it is yes.
 */
export function hasSvgRenderer(): boolean {
  if (svgRegistered) return true;
  try {
    init(null, undefined, { renderer: 'svg', ssr: true, width: 1, height: 1 }).dispose();
    svgRegistered = true;
  } catch {
    // zrender: "Renderer 'svg' is not imported".
  }
  return svgRegistered;
}

/** Throws, saying what to do, when `renderer` is `svg` and the SVG renderer is not registered. */
export function assertRenderer(renderer: RendererName | undefined, what: string): void {
  if (renderer !== 'svg' || hasSvgRenderer()) return;
  throw new Error(
    `[@luoshi/charts] ${what}: the SVG renderer is not registered. Call registerSvgRenderer() ` +
      `(import { registerSvgRenderer } from '@luoshi/charts') once before; pages that draw on canvas ` +
      `leave it out so that they do not download it.`,
  );
}

/** The ECharts locale for built-in texts (aria fallbacks, toolbox), from ours. */
export function echartsLocale(locale: Locale | undefined): 'ZH' | 'EN' {
  return locale === 'en' ? 'EN' : 'ZH';
}

/** Options for {@link createChart}. */
export interface CreateChartOptions {
  renderer: RendererName;
  locale?: Locale;
  /** Explicit size in CSS pixels, for detached elements (image export). */
  width?: number;
  height?: number;
}

/**
 * Creates an ECharts instance on an element. The canvas renderer is always registered; `svg` needs
 * `registerSvgRenderer` first (see {@link assertRenderer}).
 */
export function createChart(element: HTMLElement, options: CreateChartOptions): EChartsType {
  installExtensions([CanvasRenderer]);
  return init(element, undefined, {
    renderer: options.renderer,
    locale: echartsLocale(options.locale),
    ...(options.width === undefined ? {} : { width: options.width }),
    ...(options.height === undefined ? {} : { height: options.height }),
  });
}

/** Creates a DOM-less server-side instance that renders SVG with `ecmeta_*` attributes for hydration. */
export function createSsrChart(options: { width: number; height: number; locale?: Locale }): EChartsType {
  return init(null, undefined, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
    locale: echartsLocale(options.locale),
  });
}
