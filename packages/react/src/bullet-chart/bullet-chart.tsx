'use client';
import { bullet, type ChartHandle, type BulletOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link BulletChart}: the bullet view's options (`BulletOptions`), `data`, size and events. */
export type BulletChartProps = ChartProps<BulletOptions>;

/**
 * Target against actual for each indicator: a bar for the actual, a marker at the target, bands for how close it came (子弹图): the `bullet` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <BulletChart data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const BulletChart = forwardRef<ChartHandle<BulletOptions>, BulletChartProps>(
  function BulletChart(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(bullet, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="bullet" {...frame} />;
  },
);
