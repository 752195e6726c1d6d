import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/** Options of the task-overview view. */
export interface TaskOverviewOptions extends Pick<SelectionOptions, 'reportId'>, SharedOptions {
  /** Add a first bar with every task of the report (全部任务). Default `true` when there are several categories. */
  showTotal?: boolean;
  /** Width in pixels a category's name is cut to on the axis. Default `120`. */
  labelWidth?: number;
  /** Rows shown at once before the axis scrolls. Default `20`. */
  visibleRows?: number;
}

/** The defaults of {@link TaskOverviewOptions}, in one place. */
export const taskOverviewDefaults = {
  labelWidth: 120,
  visibleRows: 20,
} as const satisfies Required<Pick<TaskOverviewOptions, 'labelWidth' | 'visibleRows'>>;
