// The server side of `ssr="svg"`: the chart's SVG from @luoshi/charts/ssr. Reached through the
// package's `#server-svg` import, which resolves here everywhere except under the `browser`
// condition, so client bundles never carry ECharts' SVG renderer.
import { renderToSVG, type RenderToSvgOptions } from '@luoshi/charts/ssr';
import type { View } from '@luoshi/charts';

/** The chart's SVG, or `undefined` when it cannot be drawn here (the client draws it then). */
export function renderServerSvg<Options extends object>(
  view: View<Options>,
  data: unknown,
  options: RenderToSvgOptions<Options>,
): string | undefined {
  return renderToSVG(view, data, options);
}
