import { roundTo, subtract } from '../decimal/decimal.js';
import type { Localized } from '../i18n/localized.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { periodParts, periodYear, shareOfYearElapsed } from '../period/period.js';
import type { Target } from '../target/target.schema.js';
import { checkComparable } from './comparable.js';
import { formatFigure, formatNumber, formatPeriod } from './format.js';
import { isRateMeasure } from './units.js';

/** 序时进度: ahead of, on, or behind the share of the year elapsed. */
export type PaceStatus = 'ahead' | 'on-pace' | 'behind' | 'not-comparable';

/** How far a cumulative target has come by a point in the year (时间过半、任务过半). */
export interface Progress {
  status: PaceStatus;
  /** The year-to-date actual in the target's unit. Absent when not comparable. */
  actual?: number;
  /** Share of the target done, in percent, to 1 decimal (74.3 for 520 of 700). */
  donePercent?: number;
  /** Share of the year elapsed at the end of the actual's period, in percent (75 at Q3). */
  elapsedPercent?: number;
  /** donePercent − elapsedPercent, in percentage points: positive is ahead of pace. */
  leadPoints?: number;
  explanation: Localized;
}

/** Options of {@link progress}. */
export interface ProgressOptions {
  /** The indicator, for its direction: for a `decrease` indicator, using less of the year's budget is ahead. Default: `increase`. */
  indicator?: Pick<Indicator, 'direction'>;
  /** Within this many percentage points of the share of the year elapsed is `on-pace`. Default: 1. */
  paceTolerance?: number;
}

/**
 * Sets a year-to-date actual (固定资产投资 by 2025-Q3) against a whole-year level or count target
 * (700亿元 in 2025): the share done against the share of the year elapsed, counted in months.
 */
export function progress(target: Target, ytd: Observation, options: ProgressOptions = {}): Progress {
  const refuse = (explanation: Localized): Progress => ({ status: 'not-comparable', explanation });
  if (isRateMeasure(target.measure)) {
    return refuse({
      zh: '不可比：序时进度只适用于总量或数量目标；增长率请直接比较',
      en: 'Not comparable: progress through the year applies to levels and counts; compare growth rates directly',
    });
  }
  const check = checkComparable(target, ytd);
  if (!check.comparable) return refuse(check.explanation);
  if (periodParts(target.period).grain !== 'year' || periodYear(ytd.period) !== periodYear(target.period)) {
    return refuse({
      zh: `不可比：目标期为${formatPeriod(target.period, 'zh')}，实际期为${formatPeriod(ytd.period, 'zh')}`,
      en: `Not comparable: the target is for ${formatPeriod(target.period, 'en')}, the actual for ${formatPeriod(ytd.period, 'en')}`,
    });
  }
  if (periodParts(ytd.period).grain !== 'year' && !ytd.cumulative) {
    return refuse({
      zh: `不可比：实际为${formatPeriod(ytd.period, 'zh')}当期数，不是年初至今的累计数`,
      en: `Not comparable: the actual is for ${formatPeriod(ytd.period, 'en')} alone, not year-to-date (cumulative)`,
    });
  }
  if (target.value === 0) {
    return refuse({
      zh: '不可比：目标为零，无法计算完成比例',
      en: 'Not comparable: the target is zero, so no share can be done',
    });
  }
  const actual = check.value;
  const donePercent = roundTo((actual / target.value) * 100, 1);
  const elapsedPercent = roundTo(shareOfYearElapsed(ytd.period) * 100, 1);
  const leadPoints = subtract(donePercent, elapsedPercent);
  const tolerance = options.paceTolerance ?? 1;
  const better = options.indicator?.direction === 'decrease' ? -leadPoints : leadPoints;
  const status: PaceStatus = Math.abs(leadPoints) <= tolerance ? 'on-pace' : better > 0 ? 'ahead' : 'behind';

  const zhWho = ytd.estimate ? '预计完成' : '完成';
  const enWho = ytd.estimate ? 'an estimated' : '';
  const asp = target.strength === 'aspirational';
  const pace: Localized =
    status === 'on-pace'
      ? { zh: '与序时进度基本持平', en: 'on pace' }
      : status === 'ahead'
        ? {
            zh: `快于序时进度${formatNumber(Math.abs(leadPoints))}个百分点`,
            en: `${formatNumber(Math.abs(leadPoints))} pp ahead of pace`,
          }
        : {
            zh: `落后序时进度${formatNumber(Math.abs(leadPoints))}个百分点`,
            en: `${formatNumber(Math.abs(leadPoints))} pp behind pace`,
          };
  const explanation: Localized = {
    zh:
      `截至${formatPeriod(ytd.period, 'zh')}，${zhWho}${formatFigure(actual, target.unit, 'zh')}，` +
      `占${asp ? '力争' : ''}目标${formatFigure(target.value, target.unit, 'zh', target.decimals)}的${formatNumber(donePercent)}%，` +
      `时间进度${formatNumber(elapsedPercent)}%，${pace.zh}`,
    en:
      `By ${formatPeriod(ytd.period, 'en')}, ${enWho ? `${enWho} ` : ''}${formatFigure(actual, target.unit, 'en')} done: ` +
      `${formatNumber(donePercent)}% of the ${asp ? 'aspirational (力争) ' : ''}${formatFigure(target.value, target.unit, 'en', target.decimals)} target ` +
      `with ${formatNumber(elapsedPercent)}% of the year elapsed, ${pace.en}`,
  };
  return { status, actual, donePercent, elapsedPercent, leadPoints, explanation };
}
