'use client';
import { trend, type ChartHandle, type TrendOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link TrendChart}: the trend view's options (`TrendOptions`), `data`, size and events. */
export type TrendChartProps = ChartProps<TrendOptions>;

/**
 * An indicator's actuals over the years as a line with each year's target marked, pending ones hollow (趋势): the `trend` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <TrendChart data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const TrendChart = forwardRef<ChartHandle<TrendOptions>, TrendChartProps>(
  function TrendChart(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(trend, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="trend" {...frame} />;
  },
);
