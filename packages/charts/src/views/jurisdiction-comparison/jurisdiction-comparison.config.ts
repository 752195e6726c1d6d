import type { EvaluateOptions, Measure } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/** Options of the jurisdiction-comparison view. */
export interface JurisdictionComparisonOptions extends SelectionOptions, SharedOptions {
  /**
   * `jurisdictionId` here names the PARENT whose children are compared (广州市 → its districts).
   * Default: every jurisdiction with a figure. `indicatorIds[0]` is the indicator compared (default:
   * the indicator, measure and period that most jurisdictions report, latest first).
   */
  jurisdictionId?: string;
  /** The measure compared (`growth`, `level` …). Default: as chosen with the indicator. */
  measure?: Measure;
  /** Tolerances of the comparison engine. Default: the engine's. */
  evaluate?: EvaluateOptions;
}

/** The defaults of {@link JurisdictionComparisonOptions}: everything is picked from the data. */
export const jurisdictionComparisonDefaults = {} as const;
