// The views of @luoshi/charts, re-exported by name (no `export *`: a page bundles only what it imports).

export { bullet } from './bullet/bullet.option.js';
export { type BulletOptions, bulletDefaults } from './bullet/bullet.config.js';
export { gauge } from './gauge/gauge.option.js';
export { type GaugeOptions, gaugeDefaults } from './gauge/gauge.config.js';
export { trend } from './trend/trend.option.js';
export { type TrendOptions, trendDefaults } from './trend/trend.config.js';
export { variance } from './variance/variance.option.js';
export { type VarianceOptions, varianceDefaults } from './variance/variance.config.js';
export { statusByUnit } from './status-by-unit/status-by-unit.option.js';
export { type StatusByUnitOptions, statusByUnitDefaults } from './status-by-unit/status-by-unit.config.js';
export { jurisdictionComparison } from './jurisdiction-comparison/jurisdiction-comparison.option.js';
export {
  type JurisdictionComparisonOptions,
  jurisdictionComparisonDefaults,
} from './jurisdiction-comparison/jurisdiction-comparison.config.js';
export { taskOverview } from './task-overview/task-overview.option.js';
export { type TaskOverviewOptions, taskOverviewDefaults } from './task-overview/task-overview.config.js';
export type { SelectionOptions, SharedOptions } from './common/view.options.js';
