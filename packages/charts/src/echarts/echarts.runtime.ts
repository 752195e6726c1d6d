/// <reference lib="dom" />
// Ambient types for the untyped echarts/lib renderer modules, visible to every package that typechecks this source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./echarts-lib.d.ts" />
// The one module that imports `echarts/core` for the page. Views list what they draw with
// (`View.install`); this module registers those pieces and a renderer, nothing else, so a page
// bundles only the series and components its views need.
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

let svgRenderer: Promise<void> | undefined;

/**
 * Loads and registers the SVG renderer on demand. It is a dynamic import so that bundlers split it
 * out: a page that only draws on canvas never downloads it.
 */
export function loadSvgRenderer(): Promise<void> {
  svgRenderer ??= import('echarts/lib/renderer/installSVGRenderer.js').then((module) => {
    installExtensions([module.install]);
  });
  return svgRenderer;
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
 * Creates an ECharts instance on an element. The canvas renderer is always registered; call
 * {@link loadSvgRenderer} first for `svg`.
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
