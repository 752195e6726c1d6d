import type { EChartsOption } from 'echarts';
import type { ViewModel } from '../view/view.types.js';
import { textToHtml } from './escape-html.js';

/** What ECharts passes a tooltip formatter for one item (the fields we read). */
interface FormatterParam {
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  name?: unknown;
}

/** The key of an element in `ViewModel.tooltips` and `ViewModel.selections`. */
export function elementKey(seriesIndex: number | undefined, dataIndex: number | undefined): string {
  return `${seriesIndex ?? -1}:${dataIndex ?? -1}`;
}

/**
 * A tooltip formatter that shows the view's plain-text tooltip for the hovered element, HTML-escaped.
 * Series names and data names come from the dataset, so nothing from `params` reaches the tooltip
 * unescaped; an element without a tooltip shows its escaped name rather than an empty box.
 */
export function tooltipFormatter(tooltips: Readonly<Record<string, string>>) {
  const one = (param: FormatterParam): string => {
    const text =
      param.componentType === 'series' ? tooltips[elementKey(param.seriesIndex, param.dataIndex)] : undefined;
    if (text !== undefined) return textToHtml(text);
    return param.name === undefined || param.name === null ? '' : textToHtml(String(param.name));
  };
  return (params: FormatterParam | FormatterParam[]): string =>
    (Array.isArray(params) ? params : [params])
      .map(one)
      .filter((html) => html !== '')
      .join('<br/>');
}

type TooltipOption = Record<string, unknown>;

function guard(tooltip: unknown, formatter: ReturnType<typeof tooltipFormatter>): unknown {
  if (tooltip === null || typeof tooltip !== 'object') return tooltip;
  // HTML mode with our escaping, never `richText`: rich text parses `{style|text}` markup inside data strings.
  return { ...(tooltip as TooltipOption), renderMode: 'html', formatter };
}

/**
 * The view's option with every tooltip formatter replaced by the escaping one: the global tooltip
 * and any per-series tooltip (a series-level formatter would otherwise win over the global one).
 * Views return JSON without functions; this is where the runtime adds the only function.
 */
export function withSafeTooltips(model: ViewModel): EChartsOption {
  const option = model.option as Record<string, unknown>;
  const formatter = tooltipFormatter(model.tooltips);
  const tooltip = option['tooltip'];
  const series = option['series'];
  const guardSeries = (item: unknown): unknown =>
    item !== null && typeof item === 'object' && 'tooltip' in item
      ? { ...item, tooltip: guard((item as TooltipOption)['tooltip'], formatter) }
      : item;
  return {
    ...option,
    ...(tooltip === undefined
      ? {}
      : {
          tooltip: Array.isArray(tooltip)
            ? tooltip.map((t) => guard(t, formatter))
            : guard(tooltip, formatter),
        }),
    ...(series === undefined
      ? {}
      : { series: Array.isArray(series) ? series.map(guardSeries) : guardSeries(series) }),
  } as EChartsOption;
}
