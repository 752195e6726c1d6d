import type { EvaluateOptions, Measure } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/** Options of the trend-with-target view. */
export interface TrendOptions extends SelectionOptions, SharedOptions {
  /**
   * `indicatorIds[0]` is the indicator drawn. Default: the indicator and measure with the most years
   * of figures in the jurisdiction. `period` is ignored: the view shows every year.
   */
  indicatorIds?: string[];
  /** The measure drawn (`growth`, `level` …). Default: as chosen with the indicator. */
  measure?: Measure;
  /** Tolerances of the comparison engine. Default: the engine's. */
  evaluate?: EvaluateOptions;
}

/** The defaults of {@link TrendOptions}: everything is picked from the data. */
export const trendDefaults = {} as const;
