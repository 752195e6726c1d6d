'use client';
import { taskOverview, type ChartHandle, type TaskOverviewOptions } from '@luoshi/charts';
import { forwardRef } from 'react';
import { useLuoshi } from '../provider/index.js';
import { ChartFrame, splitChartProps, useChart, type ChartProps } from '../use-chart/index.js';

/** Props of {@link TaskOverview}: the taskOverview view's options (`TaskOverviewOptions`), `data`, size and events. */
export type TaskOverviewProps = ChartProps<TaskOverviewOptions>;

/**
 * A report's tasks by category and status (任务总览): the `taskOverview` view of @luoshi/charts as a React component. The ref
 * receives the chart's `ChartHandle`; `onSelect` gets the ids behind a click; `ssr="svg"` puts the
 * chart's SVG in the server's HTML. Its data is also rendered as a table for assistive technology.
 *
 * @example
 * ```tsx
 * <TaskOverview data={dataset} locale="en" height={360} onSelect={(s) => console.log(s.kind, s.id)} />
 * ```
 */
export const TaskOverview = forwardRef<ChartHandle<TaskOverviewOptions>, TaskOverviewProps>(
  function TaskOverview(props, ref) {
    const { data, settings, frame, options } = splitChartProps(props);
    const { locale, theme } = useLuoshi({ locale: options.locale, theme: options.theme });
    const chart = useChart(taskOverview, data, { ...options, locale, theme }, settings, ref);
    return <ChartFrame chart={chart} view="taskOverview" {...frame} />;
  },
);
