import { periodParts } from '../period/period.js';
import type { Period } from '../period/period.schema.js';
import { decimalPlaces } from '../decimal/decimal.js';
import { normaliseUnit } from './units.js';

/**
 * A number as the source wrote it: no exponent, no binary residue, no `-0`; with at least `decimals`
 * places when the source wrote trailing zeros (`4.0` has 1).
 */
export function formatNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const places = Math.min(Math.max(decimalPlaces(value), decimals ?? 0), 20);
  if (value === 0) return (0).toFixed(places);
  return Math.abs(value) < 1e21 ? value.toFixed(places) : String(value);
}

/** A figure with its unit: `5.5%`, `3008.35亿元` in Chinese; `5.5%`, `3008.35 亿元` in English. */
export function formatFigure(value: number, unit: string, locale: 'zh' | 'en', decimals?: number): string {
  const u = normaliseUnit(unit);
  const n = formatNumber(value, decimals);
  if (u === '' || u === '%' || locale === 'zh') return `${n}${u}`;
  return `${n} ${u}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period for readers: `2025年第3季度` / `2025 Q3`, `2025年9月` / `Sep 2025`, `2025年` / `2025`. */
export function formatPeriod(period: Period, locale: 'zh' | 'en'): string {
  const parts = periodParts(period);
  if (parts.grain === 'year') return locale === 'zh' ? `${parts.year}年` : String(parts.year);
  if (parts.grain === 'quarter')
    return locale === 'zh' ? `${parts.year}年第${parts.index}季度` : `${parts.year} Q${parts.index}`;
  return locale === 'zh'
    ? `${parts.year}年${parts.index}月`
    : `${MONTHS_EN[(parts.index ?? 1) - 1]} ${parts.year}`;
}
