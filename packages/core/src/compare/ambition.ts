import { percentChange, subtract } from '../decimal/decimal.js';
import type { Localized } from '../i18n/localized.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { comparePeriods, periodParts, periodYear } from '../period/period.js';
import type { Target } from '../target/target.schema.js';
import { actualPhrase, targetPhrase } from '../target/target.explain.js';
import { checkComparable } from './comparable.js';
import { formatFigure, formatNumber, formatPeriod } from './format.js';
import { isRateMeasure, normaliseUnit } from './units.js';

/** Where a target is set against the latest actual before it. */
export type AmbitionFlag = 'below-last-actual' | 'at-last-actual' | 'above-last-actual' | 'not-comparable';

/** A target set beside the previous result (城镇新增就业: 1.8万人 for 2025 after 3.23万人 in 2024). */
export interface Ambition {
  flag: AmbitionFlag;
  /**
   * The target asks for less than was already achieved, given the indicator's direction (below for
   * `increase`, above for `decrease`; never for `target` indicators).
   */
  lessDemanding: boolean;
  /** The previous actual's period. */
  previousPeriod: string;
  /** The previous actual in the target's unit. Absent when not comparable. */
  previousValue?: number;
  /** target − previous actual: percentage points for rates, the target's unit otherwise. */
  difference?: number;
  /** The difference relative to the previous actual, in percent (levels and counts only). */
  relative?: number;
  explanation: Localized;
}

/** Options of {@link ambition}. */
export interface AmbitionOptions {
  /** The indicator, for its direction. Default: `increase`. */
  indicator?: Pick<Indicator, 'direction'>;
}

/**
 * Compares a target with the latest actual before it. The figure compared is the target's `value`
 * (a range's lower bound). The previous actual must be of an earlier period; a growth target is
 * compared with the previous growth, a level with the previous level.
 */
export function ambition(
  target: Target,
  previousActual: Observation,
  options: AmbitionOptions = {},
): Ambition {
  const previousPeriod = previousActual.period;
  const refuse = (explanation: Localized): Ambition => ({
    flag: 'not-comparable',
    lessDemanding: false,
    previousPeriod,
    explanation,
  });
  const check = checkComparable(target, previousActual, {
    reference: { zh: '目标', en: 'the target' },
    other: { zh: '上期实际', en: 'the previous actual' },
  });
  if (!check.comparable) return refuse(check.explanation);
  if (
    comparePeriods(previousPeriod, target.period) >= 0 ||
    periodYear(previousPeriod) > periodYear(target.period)
  ) {
    return refuse({
      zh: `不可比：实际期${formatPeriod(previousPeriod, 'zh')}不早于目标期${formatPeriod(target.period, 'zh')}`,
      en: `Not comparable: the actual's period ${formatPeriod(previousPeriod, 'en')} is not before the target's ${formatPeriod(target.period, 'en')}`,
    });
  }
  if (
    periodParts(target.period).grain === 'year' &&
    periodYear(previousPeriod) === periodYear(target.period)
  ) {
    return refuse({
      zh: `不可比：${formatPeriod(previousPeriod, 'zh')}属于目标年度本身，不是上期结果`,
      en: `Not comparable: ${formatPeriod(previousPeriod, 'en')} falls within the target's own year`,
    });
  }
  const previousValue = check.value;
  const rate = isRateMeasure(target.measure);
  const difference = subtract(target.value, previousValue);
  const flag: AmbitionFlag =
    difference < 0 ? 'below-last-actual' : difference > 0 ? 'above-last-actual' : 'at-last-actual';
  const direction = options.indicator?.direction ?? 'increase';
  const lessDemanding =
    (direction === 'increase' && difference < 0) || (direction === 'decrease' && difference > 0);
  const relative = !rate && previousValue !== 0 ? percentChange(target.value, previousValue, 1) : undefined;

  const tp = targetPhrase(target);
  const sameUnit = normaliseUnit(previousActual.unit) === normaliseUnit(target.unit);
  const ap = actualPhrase(target.measure, previousValue, target.unit, {
    estimate: previousActual.estimate,
    ...(sameUnit && previousActual.decimals !== undefined ? { decimals: previousActual.decimals } : {}),
  });
  const size = Math.abs(difference);
  const zhSize = rate ? `${formatNumber(size)}个百分点` : formatFigure(size, target.unit, 'zh');
  const enSize = rate ? `${formatNumber(size)} pp` : formatFigure(size, target.unit, 'en');
  const zhRel = relative === undefined ? '' : `，${formatNumber(Math.abs(relative))}%`;
  const enRel = relative === undefined ? '' : `, ${formatNumber(Math.abs(relative))}%`;
  const zhYear = formatPeriod(target.period, 'zh');
  const enYear = formatPeriod(target.period, 'en');
  const enTarget = `${tp.en.charAt(0).toUpperCase()}${tp.en.slice(1)} for ${enYear}`;
  const zhPrev = `${formatPeriod(previousPeriod, 'zh')}${ap.zh}`;
  const enPrev = `${formatPeriod(previousPeriod, 'en')}'s ${ap.en.charAt(0).toLowerCase()}${ap.en.slice(1)}`;
  let zh: string;
  let en: string;
  if (flag === 'at-last-actual') {
    zh = `${zhYear}${tp.zh}，与${zhPrev}持平`;
    en = `${enTarget} equals ${enPrev}`;
  } else {
    const above = flag === 'above-last-actual';
    zh = `${zhYear}${tp.zh}，${above ? '高于' : '低于'}${zhPrev}（${above ? '高' : '低'}${zhSize}${zhRel}）`;
    en = `${enTarget} is ${enSize}${enRel} ${above ? 'above' : 'below'} ${enPrev}`;
  }
  if (lessDemanding) {
    zh += '：目标要求低于上期已实现水平';
    en += ': it asks for less than was already achieved';
  }
  if (check.basisNote) {
    zh += `；${check.basisNote.zh}`;
    en += `; ${check.basisNote.en}`;
  }
  const result: Ambition = {
    flag,
    lessDemanding,
    previousPeriod,
    previousValue,
    difference,
    explanation: { zh, en },
  };
  if (relative !== undefined) result.relative = relative;
  return result;
}
