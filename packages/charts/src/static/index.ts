// @luoshi/charts/static: the tiny client that makes server-rendered SVG charts interactive.
export {
  hydrateStatic,
  hydrateAll,
  type HydrateStaticOptions,
  type StaticChartHandle,
} from './hydrate-static.js';
export type { StaticPayload } from './static.payload.js';
export type { ItemSelection, Selection, TasksSelection } from '../view/view.types.js';
