import { decimalPlaces, roundTo } from '../decimal/decimal.js';
import type { Measure } from '../target/target.schema.js';

/** Growth rates and shares are compared in percentage points; levels and counts in their unit. */
export function isRateMeasure(measure: Measure): boolean {
  return measure === 'growth' || measure === 'share';
}

// Longest first, so 万亿 is not read as 万 + 亿. 百 is left out on purpose: 百分点 and 百分比 are not scales.
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** A unit as documents write it, made comparable: full-width signs folded (`％` → `%`), spaces dropped. */
export function normaliseUnit(unit: string): string {
  return unit.normalize('NFKC').replace(/\s+/g, '');
}

function splitScale(unit: string): { power: number; base: string } {
  for (const [word, power] of SCALES) {
    if (unit.startsWith(word)) return { power, base: unit.slice(word.length) };
  }
  return { power: 0, base: unit };
}

/**
 * Expresses `value`, written in unit `from`, in unit `to`: the same unit, or the same base unit at
 * another Chinese scale (`32300人` → `3.23万人`), exactly at the written precision.
 * Returns `undefined` when the units measure different things (`万人` and `个`).
 */
export function convertToUnit(value: number, from: string, to: string): number | undefined {
  const a = normaliseUnit(from);
  const b = normaliseUnit(to);
  if (a === b) return value;
  const source = splitScale(a);
  const dest = splitScale(b);
  if (source.base !== dest.base) return undefined;
  const shift = source.power - dest.power;
  return roundTo(value * 10 ** shift, Math.max(0, decimalPlaces(value) - shift));
}
