import type { View } from '../view/view.types.js';
import {
  STATIC_PAYLOAD_ATTRIBUTE,
  STATIC_ROOT_ATTRIBUTE,
  type StaticPayload,
} from '../static/static.payload.js';
import { renderViewToSvg, type RenderToSvgOptions } from './render-to-svg.js';

/** A chart for the static mode: its SVG, the data the client needs, and both as one HTML fragment. */
export interface StaticChart {
  svg: string;
  payload: StaticPayload;
  /**
   * `<div data-luoshi-chart>` holding the SVG and a `<script type="application/json">` with the
   * payload, ready to insert in a page; `hydrateStatic` from `@luoshi/charts/static` makes it interactive.
   */
  html: string;
}

/**
 * Serialises the payload for a `<script type="application/json">`: `<` is written as `\u003c` so no
 * data string can close the script element (`</script>`) or open a comment.
 */
export function serializePayload(payload: StaticPayload): string {
  return JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders a view for the static mode on the server: an SVG plus the tooltip texts and selections
 * as JSON data, for pages that should load a few KB of JavaScript instead of ECharts.
 */
export function renderStatic<Options extends object>(
  view: View<Options>,
  data: unknown,
  options?: RenderToSvgOptions<Options>,
): StaticChart {
  const { svg, model } = renderViewToSvg(view, data, options);
  const payload: StaticPayload = { v: 1, tooltips: model.tooltips, selections: model.selections };
  const html =
    `<div ${STATIC_ROOT_ATTRIBUTE}="${view.name.replace(/[^\w-]/g, '')}" style="position:relative">` +
    svg +
    `<script type="application/json" ${STATIC_PAYLOAD_ATTRIBUTE}>${serializePayload(payload)}</script></div>`;
  return { svg, payload, html };
}
