import type { Comparator, Locale, Target } from '@luoshi/core';
import { decimalPlaces, scaleDecimal } from '@luoshi/core';
import { formatFixed } from './format.fixed.js';
import { sourcePlaces } from './format.precision.js';
import { defaultUnitFormats, unitFormat, type UnitFormat } from './format.units.js';

/** Options for {@link formatFigure}. */
export interface FigureFormatOptions {
  /** Decimal places. Default: the places the figure was written with (its source's precision). */
  places?: number;
  /** Show `+` on positive figures (gaps). Default `false`. */
  signed?: boolean;
  /** Unit formats. Default {@link defaultUnitFormats}. */
  units?: Readonly<Record<string, UnitFormat>>;
}

/**
 * A number in the locale, at a given precision. Chinese documents write 3008.35 without a group
 * separator, so zh-CN groups only from five digits (`min2`); English groups as usual.
 */
export function formatNumber(
  value: number,
  locale: Locale = 'zh-CN',
  places = decimalPlaces(value),
  signed = false,
): string {
  if (!Number.isFinite(value)) return '—';
  const tag = locale === 'en' ? 'en' : 'zh-CN';
  const p = Math.max(0, Math.min(places, 20));
  // Intl's characters without Intl's start-up cost (see formatFixed); Intl for what it leaves.
  return formatFixed(value, tag, p, signed) ?? numberFormat(tag, p, signed).format(value);
}

// Creating an Intl.NumberFormat costs far more than formatting with one (in a fresh browser tab the
// first costs over 10 ms), and a chart formats dozens of figures: keep one per locale, places and sign.
// At most 2 × 21 × 2 of them exist.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: 'en' | 'zh-CN', places: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${places}|${signed ? '+' : ''}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
      useGrouping: locale === 'en' ? 'auto' : 'min2',
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A figure with its unit as the documents write it: `3008.35亿元`, `5.4%`, `3.23万人`; in English
 * `300.835 billion yuan`, `5.4%`, `32,300 people` (万 and 亿 rescaled exactly).
 */
export function formatFigure(
  value: number,
  unit: string,
  locale: Locale = 'zh-CN',
  options: FigureFormatOptions = {},
): string {
  const format = unitFormat(unit, options.units ?? defaultUnitFormats);
  const places = options.places ?? decimalPlaces(value);
  if (locale !== 'en' || !format.enScale) {
    return formatNumber(value, locale, places, options.signed) + (locale === 'en' ? format.en : format.zh);
  }
  const scaled = scaleDecimal(String(Math.abs(value)), format.enScale) * Math.sign(value || 1);
  // A whole number in 亿 (700亿元) stays whole in billions (70, not 70.0): the source claimed no decimals.
  const scaledPlaces = places === 0 ? decimalPlaces(scaled) : Math.max(0, places - format.enScale);
  return formatNumber(value === 0 ? 0 : scaled, locale, scaledPlaces, options.signed) + format.en;
}

/** Percentage points: `0.1个百分点` / `0.1 pp`; signed for gaps (`+0.1个百分点`). */
export function formatPoints(
  value: number,
  locale: Locale = 'zh-CN',
  signed = true,
  places = decimalPlaces(value),
): string {
  const number = formatNumber(value, locale, places, signed);
  return locale === 'en' ? `${number} pp` : `${number}个百分点`;
}

/** A ratio as a percentage (完成率): 0.9 is `90.0%`. */
export function formatRatio(ratio: number, locale: Locale = 'zh-CN', places = 1): string {
  return formatNumber(ratio * 100, locale, places) + '%';
}

const symbols: Record<Exclude<Comparator, 'approx' | 'range'>, string> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
};

/** The fields of a target its label needs; `source.quote` keeps the written precision (4.0). */
export type TargetFigure = Pick<Target, 'comparator' | 'value' | 'max' | 'unit'> & {
  strength?: Target['strength'];
  source?: { quote: string } | undefined;
};

/** A target's figure with its comparator: `≥10%`, `4.0%左右` / `≈4.0%`, `5%—6%`, `700亿元`. */
export function formatTargetValue(
  target: TargetFigure,
  locale: Locale = 'zh-CN',
  units?: Readonly<Record<string, UnitFormat>>,
): string {
  const quote = target.source?.quote;
  const figure = (v: number) =>
    formatFigure(v, target.unit, locale, { places: sourcePlaces(v, quote), ...(units ? { units } : {}) });
  switch (target.comparator) {
    case 'approx':
      return locale === 'en' ? `≈${figure(target.value)}` : `${figure(target.value)}左右`;
    case 'range':
      return `${figure(target.value)}${locale === 'en' ? '–' : '—'}${figure(target.max ?? target.value)}`;
    default:
      return symbols[target.comparator] + figure(target.value);
  }
}

/**
 * The label a target marker carries: `目标 ≥10%` / `Target ≥10%`; a 力争 (aspirational) target reads
 * `力争 700亿元` / `Aim 70 billion yuan`.
 */
export function formatTargetLabel(
  target: TargetFigure,
  locale: Locale = 'zh-CN',
  units?: Readonly<Record<string, UnitFormat>>,
): string {
  const aspirational = target.strength === 'aspirational';
  const prefix = locale === 'en' ? (aspirational ? 'Aim' : 'Target') : aspirational ? '力争' : '目标';
  return `${prefix} ${formatTargetValue(target, locale, units)}`;
}
