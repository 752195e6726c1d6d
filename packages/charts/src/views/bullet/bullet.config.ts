import type { EvaluateOptions } from '@luoshi/core';
import type { SelectionOptions, SharedOptions } from '../common/view.options.js';

/**
 * Options of the bullet view.
 *
 * Scale: every indicator gets its OWN value axis (one small grid per row, a facet). A growth rate
 * (5.4%) and a level (3008.35亿元) never share a scale, and each row still shows real figures in its
 * own unit, which "% of target" would hide (98% of a 5.5% growth target says little). The price is
 * that bar lengths are not comparable across rows — which, across units, they never honestly are.
 */
export interface BulletOptions extends SelectionOptions, SharedOptions {
  /** `horizontal` (rows, bars grow right) or `vertical` (columns, bars grow up). Default `horizontal`. */
  orientation?: 'horizontal' | 'vertical';
  /** Draw the qualitative bands (poor / near / good) behind each bullet. Default `true`. */
  showBands?: boolean;
  /** Width in pixels an indicator's name is cut to on the axis (tooltip and table keep it whole). Default `120`. */
  labelWidth?: number;
  /** Tolerances of the comparison engine, which also place the bands. Default: the engine's (`EVALUATE_DEFAULTS`). */
  evaluate?: EvaluateOptions;
}

/** The defaults of {@link BulletOptions}, in one place. */
export const bulletDefaults = {
  orientation: 'horizontal',
  showBands: true,
  labelWidth: 120,
} as const satisfies Required<Pick<BulletOptions, 'orientation' | 'showBands' | 'labelWidth'>>;
