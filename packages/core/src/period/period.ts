import type { Period } from './period.schema.js';

/** A period taken apart. */
export interface PeriodParts {
  year: number;
  /** `year`, `quarter` or `month`. */
  grain: 'year' | 'quarter' | 'month';
  /** The quarter (1–4) or month (1–12); absent for a year. */
  index?: number;
}

/** Splits a period string into year and grain. Assumes a valid {@link Period}. */
export function periodParts(period: Period): PeriodParts {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return { year, grain: 'year' };
  if (period[5] === 'Q') return { year, grain: 'quarter', index: Number(period.slice(6)) };
  return { year, grain: 'month', index: Number(period.slice(5)) };
}

/** The year a period belongs to. */
export function periodYear(period: Period): number {
  return Number(period.slice(0, 4));
}

/**
 * The share of the year elapsed at the end of a period (时间进度): `2025-Q2` is 0.5, `2025-09` is 0.75,
 * a whole year is 1. Counted in months, as Chinese statistical bureaus report year-to-date figures.
 */
export function shareOfYearElapsed(period: Period): number {
  const parts = periodParts(period);
  if (parts.grain === 'year') return 1;
  const months = parts.grain === 'quarter' ? (parts.index ?? 4) * 3 : (parts.index ?? 12);
  return months / 12;
}

/** Orders periods by when they end; a year sorts after its own quarters and months. */
export function comparePeriods(a: Period, b: Period): number {
  const end = (p: Period) => {
    const parts = periodParts(p);
    const months =
      parts.grain === 'year' ? 12 : parts.grain === 'quarter' ? (parts.index ?? 4) * 3 : (parts.index ?? 12);
    // A year ends with its December and Q4: rank the whole year last among equals.
    return parts.year * 100 + months * 4 + (parts.grain === 'year' ? 3 : parts.grain === 'quarter' ? 2 : 1);
  };
  return end(a) - end(b);
}
