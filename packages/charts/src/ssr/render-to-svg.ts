import type { CommonOptions, View, ViewModel } from '../view/view.types.js';
import { renderOptionToSvg } from '../echarts/echarts.server.js';
import { buildModel } from '../mount/build-model.js';
import { escapeHtml } from '../mount/escape-html.js';

/** Size of a server-side render, in CSS pixels. */
export interface SvgSize {
  /** Default 640. */
  width?: number;
  /** Default 400. */
  height?: number;
}

/** Options of {@link renderToSVG}: the view's own, the common ones (theme, locale) and the size. */
export type RenderToSvgOptions<Options extends object = object> = Options & CommonOptions & SvgSize;

/** The SVG of a view and the model it was drawn from. */
export interface RenderedSvg {
  svg: string;
  model: ViewModel;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 400;

function checkedSize(options: SvgSize): { width: number; height: number } {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(
        `[@luoshi/charts] renderToSVG: ${name} must be a positive number of pixels, got ${String(value)}`,
      );
    }
  }
  return { width, height };
}

/**
 * ECharts' `aria` labels the DOM container, which a server render does not have: carry the
 * generated description on the SVG root instead, so an inlined or `<img>`-loaded SVG is announced.
 */
function withAccessibleName(svg: string, description: string): string {
  if (!svg.startsWith('<svg') || description === '') return svg;
  return `<svg role="img" aria-label="${escapeHtml(description)}"${svg.slice('<svg'.length)}`;
}

/** Like {@link renderToSVG}, also returning the model (tooltips, selections, table) the SVG was drawn from. */
export function renderViewToSvg<Options extends object>(
  view: View<Options>,
  data: unknown,
  options: RenderToSvgOptions<Options> = {} as RenderToSvgOptions<Options>,
): RenderedSvg {
  const size = checkedSize(options);
  const model = buildModel(view, data, options);
  const svg = renderOptionToSvg(model.option, view.install, { ...size, locale: options.locale });
  return { svg: withAccessibleName(svg, model.description), model };
}

/**
 * Renders a view to an SVG string without a DOM (ECharts' server-side renderer, animation off).
 * Text from data is escaped by the SVG writer; elements carry `ecmeta_*` attributes that the static
 * client (`@luoshi/charts/static`) hydrates.
 *
 * @example
 * ```ts
 * import { renderToSVG } from '@luoshi/charts/ssr';
 * import { bullet } from '@luoshi/charts';
 * writeFileSync('bullet.svg', renderToSVG(bullet, dataset, { width: 800, height: 480, locale: 'en' }));
 * ```
 */
export function renderToSVG<Options extends object>(
  view: View<Options>,
  data: unknown,
  options?: RenderToSvgOptions<Options>,
): string {
  return renderViewToSvg(view, data, options).svg;
}
