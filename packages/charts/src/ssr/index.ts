// @luoshi/charts/ssr: server-side rendering, no DOM.
export {
  renderToSVG,
  renderViewToSvg,
  type RenderToSvgOptions,
  type RenderedSvg,
  type SvgSize,
} from './render-to-svg.js';
export { toTable } from '../a11y/a11y.to-table.js';
export { renderStatic, serializePayload, type StaticChart } from './render-static.js';
export type { StaticPayload } from '../static/static.payload.js';
