// Ambient types for the untyped echarts/lib renderer modules, visible to every package that typechecks this source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./echarts-lib.d.ts" />
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import { installExtensions } from './echarts.runtime.js';

/**
 * Registers ECharts' SVG renderer, for `mount(…, { renderer: 'svg' })` and `toImage('svg')`. Call it
 * once, before mounting. It is opt-in so that a page drawing on canvas (the default) neither
 * downloads the SVG renderer nor pays for the chunk a lazily loaded one would split off.
 * Server-side rendering (`@luoshi/charts/ssr`) registers it by itself.
 *
 * @example
 * ```ts
 * import { mount, bullet, registerSvgRenderer } from '@luoshi/charts';
 * registerSvgRenderer();
 * mount(element, bullet, dataset, { renderer: 'svg' });
 * ```
 */
export function registerSvgRenderer(): void {
  installExtensions([SVGRenderer]);
}
