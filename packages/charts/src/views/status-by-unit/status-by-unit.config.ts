import type { TaskStatus } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/** Options of the status-by-unit view. */
export interface StatusByUnitOptions extends Pick<SelectionOptions, 'reportId'>, SharedOptions {
  /**
   * Row order: `total` (most tasks first), `name` (by name in the locale's collation), or a status
   * (most tasks of that status first, e.g. `at-risk` to put the units that lag on top). Default `total`.
   */
  sort?: 'total' | 'name' | TaskStatus;
  /** Count the units listed beside the lead units (配合单位) too. Default `false`: lead units (牵头单位) only. */
  includeSupportUnits?: boolean;
  /** Rows shown at once; with more units the axis scrolls. Default `20`. */
  visibleRows?: number;
  /** Width in pixels a unit's name is cut to on the axis (the tooltip and table keep it whole). Default `120`. */
  labelWidth?: number;
}

/** The defaults of {@link StatusByUnitOptions}, in one place. */
export const statusByUnitDefaults = {
  sort: 'total',
  includeSupportUnits: false,
  visibleRows: 20,
  labelWidth: 120,
} as const satisfies Required<
  Pick<StatusByUnitOptions, 'sort' | 'includeSupportUnits' | 'visibleRows' | 'labelWidth'>
>;
