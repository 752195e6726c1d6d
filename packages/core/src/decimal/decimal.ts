/**
 * Decimal arithmetic at the precision a document used. Government figures are decimals written by
 * people (5.5%, 3008.35亿元); binary floating point turns 5.5 − 5.4 into 0.09999999999999964, which
 * no reader should ever see. Each helper rounds its result to the decimal places of its operands.
 */

/** The number of decimal places a number is written with (`5.40` as a number is 5.4: 1 place). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(value);
  const exp = text.match(/e([+-]\d+)$/i);
  const mantissa = exp ? text.slice(0, exp.index) : text;
  const dot = mantissa.indexOf('.');
  const places = dot === -1 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, places - (exp ? Number(exp[1]) : 0));
}

/** Rounds to `places` decimal places, half away from zero, without binary residue. */
export function roundTo(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const p = Math.max(0, Math.min(places, 15));
  const rounded = Number(`${Math.round(Number(`${Math.abs(value)}e${p}`))}e-${p}`);
  return value < 0 ? -rounded : rounded;
}

/** a − b, to the precision of the more precise operand: `subtract(5.5, 5.4)` is 0.1. */
export function subtract(a: number, b: number): number {
  return roundTo(a - b, Math.max(decimalPlaces(a), decimalPlaces(b)));
}

/** a + b, to the precision of the more precise operand. */
export function add(a: number, b: number): number {
  return roundTo(a + b, Math.max(decimalPlaces(a), decimalPlaces(b)));
}

/**
 * Multiplies a decimal written as text by a power of ten exactly, by moving the decimal point:
 * `scaleDecimal('1.07', 4)` is 10700, not 10700.000000000002.
 */
export function scaleDecimal(text: string, powerOfTen: number): number {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [, sign = '', int = '', frac = ''] = match;
  if (int === '' && frac === '') return Number.NaN;
  let digits = int + frac;
  let point = int.length + powerOfTen;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const out = `${sign}${digits.slice(0, point) || '0'}.${digits.slice(point) || '0'}`;
  return Number(out);
}

/** A ratio as a percentage, to `places` decimals (3008.35 / 2720.16 → 10.59 at 2 places). */
export function percentChange(current: number, previous: number, places = 1): number {
  return roundTo(((current - previous) / previous) * 100, places);
}
