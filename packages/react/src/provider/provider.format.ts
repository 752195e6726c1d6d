import type { Locale } from '@luoshi/core';
import {
  formatFigure,
  formatNumber,
  formatPeriod,
  formatPoints,
  formatRatio,
  formatTargetValue,
  type TargetFigure,
} from '@luoshi/charts';

/**
 * Number formats bound to one locale. They are the charts' formats, so a figure reads the same in a
 * card as on a chart, and each keeps the places its source wrote (`5.5 − 5.4` shows `0.1`, not
 * `0.09999999999999964`; compute differences with @luoshi/core's `subtract`).
 */
export interface Formatters {
  /** A number with its source's places unless `places` is given: `3008.35`, en `12,345`. */
  number(value: number, places?: number): string;
  /** A figure with its unit as documents write it: `3008.35亿元` / `300.835 billion yuan`. */
  figure(value: number, unit: string, options?: { places?: number; signed?: boolean }): string;
  /** Percentage points, signed: `+0.1个百分点` / `+0.1 pp`. */
  points(value: number, signed?: boolean): string;
  /** A ratio as a percentage: 0.9 → `90.0%`. */
  ratio(value: number, places?: number): string;
  /** A target's figure with its comparator: `≥10%`, `4.0%左右`, `5%—6%`. */
  target(target: TargetFigure): string;
  /** A period: `2025年` / `2025`, `2025年第3季度` / `2025 Q3`. */
  period(period: string): string;
}

/** The {@link Formatters} of a locale. */
export function createFormatters(locale: Locale): Formatters {
  return {
    number: (value, places) => formatNumber(value, locale, places),
    figure: (value, unit, options = {}) => formatFigure(value, unit, locale, options),
    points: (value, signed = true) => formatPoints(value, locale, signed),
    ratio: (value, places = 1) => formatRatio(value, locale, places),
    target: (target) => formatTargetValue(target, locale),
    period: (period) => formatPeriod(period, locale),
  };
}
