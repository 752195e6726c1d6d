import type { EvaluateOptions } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/**
 * Options of the variance view. A bar is the gap between actual and target: in percentage points for
 * rates (growth, shares), in percent of the target for levels and counts, so that 亿元 and 万人 rows
 * share one axis honestly (a percentage of their own target). The label says which.
 */
export interface VarianceOptions extends SelectionOptions, SharedOptions {
  /** Show targets with no actual (待公布) and incomparable ones as labelled empty rows. Default `true`. */
  showPending?: boolean;
  /** Width in pixels an indicator's name is cut to on the axis. Default `120`. */
  labelWidth?: number;
  /** Tolerances of the comparison engine. Default: the engine's. */
  evaluate?: EvaluateOptions;
}

/** The defaults of {@link VarianceOptions}, in one place. */
export const varianceDefaults = {
  showPending: true,
  labelWidth: 120,
} as const satisfies Required<Pick<VarianceOptions, 'showPending' | 'labelWidth'>>;
