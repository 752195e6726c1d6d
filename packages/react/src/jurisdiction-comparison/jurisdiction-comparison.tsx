'use client';
import { jurisdictionComparison, type ChartHandle, type JurisdictionComparisonOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link JurisdictionComparison}: the jurisdictionComparison view's options (`JurisdictionComparisonOptions`), `data`, size and events. */
export type JurisdictionComparisonProps = ChartProps<JurisdictionComparisonOptions>;

/**
 * Target and actual per district as a dumbbell, ranked by the actual (辖区对比): the `jurisdictionComparison` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <JurisdictionComparison data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const JurisdictionComparison = forwardRef<
  ChartHandle<JurisdictionComparisonOptions>,
  JurisdictionComparisonProps
>(function JurisdictionComparison(props, ref) {
  const { data, settings, frame, options } = splitChartProps(props);
  const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
  const chart = useChart(jurisdictionComparison, data, { ...options, locale, theme }, settings, ref);
  return <ChartFrame chart={chart} view="jurisdictionComparison" {...frame} />;
});
