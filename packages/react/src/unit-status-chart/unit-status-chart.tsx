'use client';
import { statusByUnit, type ChartHandle, type StatusByUnitOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link UnitStatusChart}: the statusByUnit view's options (`StatusByUnitOptions`), `data`, size and events. */
export type UnitStatusChartProps = ChartProps<StatusByUnitOptions>;

/**
 * Tasks per responsible unit, stacked by status, scrolling past 20 units (各单位任务进展): the `statusByUnit` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <UnitStatusChart data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const UnitStatusChart = forwardRef<ChartHandle<StatusByUnitOptions>, UnitStatusChartProps>(
  function UnitStatusChart(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(statusByUnit, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="statusByUnit" {...frame} />;
  },
);
