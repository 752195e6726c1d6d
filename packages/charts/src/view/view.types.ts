import type { Dataset, Locale } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import type { use } from 'echarts/core';

/** A click on an element that stands for one task, indicator, unit, jurisdiction or target. */
export interface ItemSelection {
  kind: 'task' | 'indicator' | 'unit' | 'jurisdiction' | 'target';
  id: string;
}

/**
 * A click on an element that stands for several tasks at once: a segment of the task overview (a
 * category's tasks in one status) or its whole row. `ids` are the tasks' ids in the report's order.
 */
export interface TasksSelection {
  kind: 'tasks';
  ids: string[];
  /** Never set: several tasks have no single id. Declared so `selection.id` reads on any selection. */
  id?: undefined;
}

/**
 * What a click on a chart element stands for, as `on('select')` and the static client report it:
 * one task, indicator, unit, jurisdiction or target by `id`, or several tasks by `ids` (`kind: 'tasks'`).
 */
export type Selection = ItemSelection | TasksSelection;

/** An accessible HTML table with the same data as the chart (ECharts canvases are not keyboard-navigable). */
export interface DataTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  /** Cell texts already formatted for the locale; `id` links a row to its selection. */
  rows: { cells: string[]; selection?: Selection }[];
}

/** The light or dark theme, from one set of design tokens. */
export type ThemeName = 'light' | 'dark';

/** Options every view takes beside its own. */
export interface CommonOptions {
  /** Label language. Default `zh-CN`. */
  locale?: Locale;
  /** Default `light`. */
  theme?: ThemeName;
}

/**
 * What a view builds: a plain, JSON-serialisable ECharts option (no functions), plus what the runtime
 * needs around it. Mounting, server-side rendering and the static client all consume this one model.
 */
export interface ViewModel {
  /** `ready`, or an explicit `empty` / `error` state that the option itself draws (never a blank canvas). */
  state: 'ready' | 'empty' | 'error';
  /** Why the view is empty or in error, in the requested locale. */
  message?: string;
  option: EChartsOption;
  /** The generated text description (also set as the option's aria description). */
  description: string;
  table: DataTable;
  /**
   * Plain-text tooltips keyed by `${seriesIndex}:${dataIndex}`. Text, never HTML: the runtime escapes
   * it when ECharts renders HTML, and the static client shows it as text.
   */
  tooltips: Record<string, string>;
  /** What each element stands for, keyed like `tooltips`, for `on('select')`. */
  selections: Record<string, Selection>;
}

/** An ECharts extension as `echarts/core`'s `use` takes it (a chart, component, feature or renderer). */
export type EChartsExtension = Parameters<typeof use>[0];

/**
 * A view: a pure builder from a Dataset and a selection to a {@link ViewModel}, plus the ECharts pieces
 * it draws with. Views are imported values (`import { bullet } from '@luoshi/charts'`), never looked up by
 * name, so a page bundles only the views it shows.
 */
export interface View<Options extends object = object> {
  /** A stable name (`bullet`), used by the CLI and in test ids. */
  readonly name: string;
  /** The series and components this view needs, registered by `mount` and `renderToSVG`. */
  readonly install: readonly EChartsExtension[];
  /** Builds the model. Never throws: bad data gives `state: 'error'` with a message. */
  build(data: Dataset | unknown, options?: Options & CommonOptions): ViewModel;
}
