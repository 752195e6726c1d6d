// The browser side of `ssr="svg"`: a browser never renders the server SVG (during hydration it is
// read back from the page), so this stands in for server-svg.server.ts under the `browser` condition.
import type { RenderToSvgOptions } from '@luoshi/charts/ssr';
import type { View } from '@luoshi/charts';

/** Always `undefined` in a browser: the chart is drawn by mount() instead. */
export function renderServerSvg<Options extends object>(
  _view: View<Options>,
  _data: unknown,
  _options: RenderToSvgOptions<Options>,
): string | undefined {
  return undefined;
}
