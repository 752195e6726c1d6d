'use client';
import { gauge, type ChartHandle, type GaugeOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link AchievementGauge}: the gauge view's options (`GaugeOptions`), `data`, size and events. */
export type AchievementGaugeProps = ChartProps<GaugeOptions>;

/**
 * A progress ring per level or count target (完成率), or the share done against the share of the year
 * elapsed (时间过半、任务过半): the `gauge` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <AchievementGauge data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const AchievementGauge = forwardRef<ChartHandle<GaugeOptions>, AchievementGaugeProps>(
  function AchievementGauge(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(gauge, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="gauge" {...frame} />;
  },
);
