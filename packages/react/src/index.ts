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

// Dashboard building blocks and the provider they (and the charts) read locale and theme from.
export {
  LuoshiProvider,
  useLuoshi,
  type LuoshiContextValue,
  type LuoshiProviderProps,
  type LuoshiSettings,
} from './provider/provider.js';
export {
  themeVariables,
  themeStylesheet,
  type ThemeVariables,
  type ThemeVariablesOptions,
} from './provider/provider.theme.js';
export { createFormatters, type Formatters } from './provider/provider.format.js';
export { defaultMessages, resolveMessages, type Messages } from './provider/provider.messages.js';
export { blockStyles } from './provider/provider.styles.js';
export { StatusBadge, type StatusBadgeProps } from './status-badge/status-badge.js';
export {
  IndicatorCard,
  type IndicatorCardProps,
  type IndicatorCardSource,
} from './indicator-card/indicator-card.js';
export {
  indicatorCardModel,
  indicatorCardModelOf,
  yearChange,
  type IndicatorCardModel,
  type YearChange,
} from './indicator-card/indicator-card.model.js';
export {
  TaskTable,
  type TaskTableProps,
  type TaskSort,
  type TaskSortColumn,
} from './task-table/task-table.js';
export {
  taskRows,
  filterChoices,
  matchesQuery,
  involvesUnit,
  type TaskRow,
  type TaskFilters,
  type RowUnit,
  type RowLink,
} from './task-table/task-table.rows.js';
export type { ColumnSort } from './data-table/data-table.js';
export {
  UnitLeaderboard,
  type UnitLeaderboardProps,
  type UnitLeaderboardColumn,
} from './unit-leaderboard/unit-leaderboard.js';
export {
  unitStandings,
  type UnitStanding,
  type UnitStandingsOptions,
} from './unit-leaderboard/unit-leaderboard.rows.js';
export {
  ComparisonTable,
  type ComparisonTableProps,
  type ComparisonColumn,
} from './comparison-table/comparison-table.js';
export {
  FollowThroughList,
  type FollowThroughListProps,
  type FollowThroughDecision,
} from './follow-through-list/follow-through-list.js';
export {
  followThroughItems,
  latestSuggestedYear,
  type FollowThroughItem,
  type FollowThroughOptions,
  type EvidenceQuote,
} from './follow-through-list/follow-through-list.items.js';
