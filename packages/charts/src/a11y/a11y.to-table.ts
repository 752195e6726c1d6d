import type { CommonOptions, View, ViewModel } from '../view/view.types.js';
import { tableToHtml } from './a11y.table.js';

/**
 * The data a chart shows as an accessible HTML table — caption, header cells scoped to their
 * columns, one row per bar, mark or segment, each with the `data-kind`/`data-id` of what it
 * stands for — to put beside the chart for screen readers, since an ECharts canvas is not
 * keyboard-navigable. Every string from the data is escaped.
 *
 * Give it a view and the data (as to `mount` or `renderToSVG`), or a model already built
 * (`handle.model`). An empty or invalid dataset gives a table with a caption saying so and no rows.
 *
 * @example
 * ```ts
 * import { bullet, mount, toTable } from '@luoshi/charts';
 * const chart = mount(el, bullet, dataset);
 * tableEl.innerHTML = toTable(chart.model);
 * // on a server: toTable(bullet, dataset, { locale: 'en' })
 * ```
 */
export function toTable(model: ViewModel): string;
export function toTable<Options extends object>(
  view: View<Options>,
  data: unknown,
  options?: Options & CommonOptions,
): string;
export function toTable<Options extends object>(
  source: View<Options> | ViewModel,
  data?: unknown,
  options?: Options & CommonOptions,
): string {
  const model = 'build' in source ? source.build(data, options) : source;
  const table =
    model.state === 'ready' || model.table.rows.length > 0
      ? model.table
      : { ...model.table, caption: model.message ?? model.table.caption };
  return tableToHtml(table);
}
