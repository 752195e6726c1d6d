// The public API of @luoshi/charts, re-exported by name (no `export *`: it defeats tree-shaking).
export { mount } from './mount/mount.js';
export { registerSvgRenderer } from './echarts/echarts.svg.js';
export { toTable } from './a11y/a11y.to-table.js';
export type { ChartHandle, ChartEvents, MountOptions, SelectListener } from './mount/mount.types.js';
export type { RendererName } from './echarts/echarts.runtime.js';
export type {
  CommonOptions,
  DataTable,
  EChartsExtension,
  ItemSelection,
  Selection,
  TasksSelection,
  ThemeName,
  View,
  ViewModel,
} from './view/view.types.js';
export {
  bullet,
  bulletDefaults,
  gauge,
  gaugeDefaults,
  jurisdictionComparison,
  jurisdictionComparisonDefaults,
  statusByUnit,
  statusByUnitDefaults,
  taskOverview,
  taskOverviewDefaults,
  trend,
  trendDefaults,
  variance,
  varianceDefaults,
  type BulletOptions,
  type GaugeOptions,
  type JurisdictionComparisonOptions,
  type SelectionOptions,
  type SharedOptions,
  type StatusByUnitOptions,
  type TaskOverviewOptions,
  type TrendOptions,
  type VarianceOptions,
} from './views/index.js';
// Design tokens, the status vocabulary and figure formats, for adapters (@luoshi/react's provider and
// blocks, Storybook's tokens page) that must look and read exactly like the charts.
export { resolveTheme, type Theme } from './theme/theme.js';
export { hues, surfaces, typography, type ThemedColor } from './theme/theme.tokens.js';
export {
  defaultStatusVocabulary,
  resolveStatusVocabulary,
  statusLabel,
  taskStatusOrder,
  evaluationStatusOrder,
  type StatusDecal,
  type StatusStyle,
  type StatusVocabulary,
  type StatusVocabularyOverrides,
} from './status/status.vocabulary.js';
export {
  formatNumber,
  formatFigure,
  formatPoints,
  formatRatio,
  formatTargetValue,
  formatTargetLabel,
  type FigureFormatOptions,
  type TargetFigure,
} from './format/format.number.js';
export { formatPeriod } from './format/format.period.js';
