// Ambient types for the untyped echarts/lib renderer modules, visible to every package that typechecks this source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./echarts-lib.d.ts" />
// Server-side rendering: the SVG renderer is imported statically here because this module only
// runs where bundle size does not matter (Node, the CLI, build steps).
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '@luoshi/core';
import type { EChartsExtension } from '../view/view.types.js';
import { createSsrChart, installExtensions } from './echarts.runtime.js';

/** Size and language of a server-side render. */
export interface SsrRenderOptions {
  width: number;
  height: number;
  locale?: Locale;
}

/**
 * Renders an option to an SVG string with ECharts' DOM-less SSR renderer, animation off, and
 * disposes the instance even when rendering throws (a leaked instance keeps its whole model alive).
 */
export function renderOptionToSvg(
  option: EChartsCoreOption,
  extensions: readonly EChartsExtension[],
  options: SsrRenderOptions,
): string {
  installExtensions([SVGRenderer, ...extensions]);
  const chart = createSsrChart(options);
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
