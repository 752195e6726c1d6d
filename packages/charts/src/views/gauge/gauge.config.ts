import type { EvaluateOptions } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/** Options of the achievement gauge (progress ring). */
export interface GaugeOptions extends SelectionOptions, SharedOptions {
  /** The most rings drawn side by side; further targets stay in the table and description. Default `4`. */
  maxRings?: number;
  /** Within this many percentage points of the share of the year elapsed counts as on pace. Default `1`. */
  paceTolerance?: number;
  /** Tolerances of the comparison engine. Default: the engine's. */
  evaluate?: EvaluateOptions;
}

/** The defaults of {@link GaugeOptions}, in one place. */
export const gaugeDefaults = {
  maxRings: 4,
  paceTolerance: 1,
} as const satisfies Required<Pick<GaugeOptions, 'maxRings' | 'paceTolerance'>>;
