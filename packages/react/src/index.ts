'use client';
// The public API of @luoshi/react, re-exported by name (no `export *`: it defeats tree-shaking).

// Charts: one component per view of @luoshi/charts, over the one useChart hook.
export { useChart, type ChartSettings, type ChartState } from './use-chart/use-chart.js';
export type { ChartProps } from './use-chart/chart-props.js';
export type { ChartFrameProps } from './use-chart/chart-frame.js';
export { BulletChart, type BulletChartProps } from './bullet-chart/bullet-chart.js';
export { AchievementGauge, type AchievementGaugeProps } from './achievement-gauge/achievement-gauge.js';
export { TrendChart, type TrendChartProps } from './trend-chart/trend-chart.js';
export { VarianceChart, type VarianceChartProps } from './variance-chart/variance-chart.js';
export { UnitStatusChart, type UnitStatusChartProps } from './unit-status-chart/unit-status-chart.js';
export {
  JurisdictionComparison,
  type JurisdictionComparisonProps,
} from './jurisdiction-comparison/jurisdiction-comparison.js';
export { TaskOverview, type TaskOverviewProps } from './task-overview/task-overview.js';
export type { ChartHandle, Selection } from '@luoshi/charts';
