'use client';
import { variance, type ChartHandle, type VarianceOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link VarianceChart}: the variance view's options (`VarianceOptions`), `data`, size and events. */
export type VarianceChartProps = ChartProps<VarianceOptions>;

/**
 * Each target's gap as diverging bars (pp for rates, % of target for levels), coloured by status (偏差): the `variance` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <VarianceChart data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const VarianceChart = forwardRef<ChartHandle<VarianceOptions>, VarianceChartProps>(
  function VarianceChart(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(variance, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="variance" {...frame} />;
  },
);
