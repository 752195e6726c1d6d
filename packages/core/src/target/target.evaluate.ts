import { add, decimalPlaces, percentChange, roundTo, subtract } from '../decimal/decimal.js';
import type { Direction, Indicator } from '../indicator/indicator.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { periodParts, periodYear } from '../period/period.js';
import { checkComparable } from '../compare/comparable.js';
import { formatPeriod } from '../compare/format.js';
import { isRateMeasure, normaliseUnit } from '../compare/units.js';
import type { Evaluation, EvaluationStatus, Gap } from './target.evaluation.js';
import { actualPhrase, explainEvaluation, targetPhrase, type Relation } from './target.explain.js';
import type { Comparator, Target } from './target.schema.js';

/** A tolerance in both the forms targets need. */
export interface Tolerance {
  /** In percentage points, for growth rates and shares. */
  points: number;
  /** In percent of the target figure, for levels and counts. */
  percent: number;
}

/** Options of {@link evaluate}. Every tolerance is inclusive. */
export interface EvaluateOptions {
  /** The target's indicator, for its `direction`. Default: `increase` (more is better). */
  indicator?: Pick<Indicator, 'direction'>;
  /**
   * How close counts as hitting an `eq` target (增长5.5%), and how far past a `gte`/`gt` bound is
   * still `met` rather than `exceeded`. Default: 0.05 pp for rates, 0.5 % of the target for levels.
   */
  eqTolerance?: Partial<Tolerance>;
  /** The band of an `approx` target (左右). Default: ±0.5 pp for rates, ±2 % of the target for levels. */
  approxTolerance?: Partial<Tolerance>;
  /**
   * How far on the wrong side of the target still counts as `near` rather than `missed`, measured from
   * the edge of what would be `met`. Default: 0.5 pp for rates, 5 % of the target for levels.
   */
  nearBand?: Partial<Tolerance>;
}

/** The documented defaults of {@link EvaluateOptions}. */
export const EVALUATE_DEFAULTS: Readonly<{
  eqTolerance: Tolerance;
  approxTolerance: Tolerance;
  nearBand: Tolerance;
}> = {
  eqTolerance: { points: 0.05, percent: 0.5 },
  approxTolerance: { points: 0.5, percent: 2 },
  nearBand: { points: 0.5, percent: 5 },
};

/** Graded statuses from worst to best, for sorting and colour scales: missed < near < met < exceeded. */
export const STATUS_RANK: Readonly<Record<'missed' | 'near' | 'met' | 'exceeded', number>> = {
  missed: 0,
  near: 1,
  met: 2,
  exceeded: 3,
};

/**
 * Compares a target with its actual (实绩).
 *
 * - `pending` without an observation; `not-comparable` when indicator, jurisdiction, measure, unit or
 *   price basis differ (可比价 against nominal is refused; an unstated basis is compared and noted),
 *   when the years differ, or when a level is set against a part-year figure (use `progress`).
 *   A part-year growth rate is compared with the annual target, and the line says up to when.
 * - `eq` is met within `eqTolerance`; `approx` within its band; `gte`/`gt` are floors, `lte`/`lt`
 *   ceilings; `range` is met inside `[value, max]`. Beyond the target on the good side is `exceeded`
 *   (a floor passed by more than `eqTolerance`); on the bad side `near` within `nearBand`, else `missed`.
 * - `decrease` indicators mirror all of this. For `target` indicators (closest is best) nothing is
 *   `exceeded`: outside the band either way is `near` or `missed`. A ceiling on an `increase` indicator
 *   (or a floor on a `decrease` one) is honoured as written: crossing it is a miss.
 * - The gap is actual − target in percentage points for rates, in the target's unit (and in percent)
 *   for levels and counts, at the source's precision; for a range, from the nearest bound.
 */
export function evaluate(
  target: Target,
  observation: Observation | undefined,
  options: EvaluateOptions = {},
): Evaluation {
  const aspirational = target.strength === 'aspirational';
  if (!observation) {
    const phrase = targetPhrase(target);
    return {
      status: 'pending',
      aspirational,
      explanation: {
        zh: `尚无${formatPeriod(target.period, 'zh')}实际数据（${phrase.zh}）`,
        en: `No actual for ${formatPeriod(target.period, 'en')} yet (${phrase.en})`,
      },
    };
  }
  const check = checkComparable(target, observation);
  if (!check.comparable) return { status: 'not-comparable', aspirational, explanation: check.explanation };
  const periodProblem = periodMismatch(target, observation);
  if (periodProblem) return { status: 'not-comparable', aspirational, explanation: periodProblem };

  const actual = check.value;
  const direction: Direction = options.indicator?.direction ?? 'increase';
  const rate = isRateMeasure(target.measure);
  const resolve = (tol: Partial<Tolerance> | undefined, fallback: Tolerance) =>
    toleranceIn({ ...fallback, ...tol }, rate, target.value);
  const placed = place(target.comparator, target.value, target.max, actual, direction, {
    eq: resolve(options.eqTolerance, EVALUATE_DEFAULTS.eqTolerance),
    approx: resolve(options.approxTolerance, EVALUATE_DEFAULTS.approxTolerance),
    near: resolve(options.nearBand, EVALUATE_DEFAULTS.nearBand),
  });

  const reference = gapReference(target, actual);
  const absolute = subtract(actual, reference);
  const gap: Gap = rate
    ? { absolute, unit: 'pp' }
    : reference === 0
      ? { absolute, unit: target.unit }
      : { absolute, relative: percentChange(actual, reference, 1), unit: target.unit };
  const achievement = !rate && target.value !== 0 ? roundTo(actual / target.value, 4) : undefined;
  const inRange =
    target.comparator === 'range' && actual >= target.value && actual <= (target.max ?? target.value);
  const relation: Relation = inRange ? 'within' : absolute > 0 ? 'above' : absolute < 0 ? 'below' : 'equal';
  const upTo = observation.period !== target.period ? observation.period : undefined;
  // Written places only carry over when the actual was not rescaled into the target's unit.
  const actualDecimals =
    normaliseUnit(observation.unit) === normaliseUnit(target.unit) ? observation.decimals : undefined;
  const gapDecimals = Math.max(target.decimals ?? 0, actualDecimals ?? 0);
  const explanation = explainEvaluation({
    target,
    actual: actualPhrase(target.measure, actual, target.unit, {
      estimate: observation.estimate,
      ...(upTo ? { upTo } : {}),
      ...(actualDecimals !== undefined ? { decimals: actualDecimals } : {}),
    }),
    gapDecimals,
    status: placed,
    relation,
    gap,
    ...(achievement !== undefined ? { achievement } : {}),
    ...(check.basisNote ? { basisNote: check.basisNote } : {}),
  });
  return achievement === undefined
    ? { status: placed, gap, aspirational, explanation }
    : { status: placed, gap, achievement, aspirational, explanation };
}

function toleranceIn(tol: Tolerance, rate: boolean, reference: number): number {
  if (rate) return tol.points;
  const places = decimalPlaces(reference) + decimalPlaces(tol.percent) + 2;
  return roundTo((Math.abs(reference) * tol.percent) / 100, places);
}

const MIRROR: Record<Comparator, Comparator> = {
  eq: 'eq',
  approx: 'approx',
  range: 'range',
  gte: 'lte',
  gt: 'lt',
  lte: 'gte',
  lt: 'gt',
};

type Graded = Exclude<EvaluationStatus, 'pending' | 'not-comparable'>;

/**
 * Places the actual against the target. A `decrease` indicator is handled by negating every figure
 * and mirroring the comparator, so its rules are exactly those of `increase`, read in a mirror.
 */
function place(
  comparator: Comparator,
  value: number,
  max: number | undefined,
  actual: number,
  direction: Direction,
  tol: { eq: number; approx: number; near: number },
): Graded {
  const sign = direction === 'decrease' ? -1 : 1;
  const cmp = sign === 1 ? comparator : MIRROR[comparator];
  const v = sign * value;
  const m = sign * (max ?? value);
  const a = sign * actual;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let loOpen = false;
  let hiOpen = false;
  switch (cmp) {
    case 'eq':
      [lo, hi] = [subtract(v, tol.eq), add(v, tol.eq)];
      break;
    case 'approx':
      [lo, hi] = [subtract(v, tol.approx), add(v, tol.approx)];
      break;
    case 'gte':
    case 'gt':
      lo = v;
      loOpen = cmp === 'gt';
      break;
    case 'lte':
    case 'lt':
      hi = v;
      hiOpen = cmp === 'lt';
      break;
    case 'range':
      [lo, hi] = [Math.min(v, m), Math.max(v, m)];
      break;
  }
  const shortfall = (distance: number): Graded => (distance <= tol.near ? 'near' : 'missed');
  if (a < lo || (loOpen && a === lo)) return shortfall(subtract(lo, a));
  if (a > hi || (hiOpen && a === hi)) {
    const ceiling = cmp === 'lte' || cmp === 'lt';
    return direction === 'target' || ceiling ? shortfall(subtract(a, hi)) : 'exceeded';
  }
  const floor = cmp === 'gte' || cmp === 'gt';
  return floor && direction !== 'target' && subtract(a, v) > tol.eq ? 'exceeded' : 'met';
}

/** The figure the gap is measured from: the target's value, or a range's nearest bound. */
function gapReference(target: Target, actual: number): number {
  if (target.comparator !== 'range' || target.max === undefined) return target.value;
  if (actual <= target.value) return target.value;
  if (actual >= target.max) return target.max;
  return actual - target.value <= target.max - actual ? target.value : target.max;
}

function periodMismatch(target: Target, observation: Observation) {
  if (observation.period === target.period) return undefined;
  const [t, o] = [target.period, observation.period];
  const zhT = formatPeriod(t, 'zh');
  const zhO = formatPeriod(o, 'zh');
  const enT = formatPeriod(t, 'en');
  const enO = formatPeriod(o, 'en');
  if (periodYear(t) !== periodYear(o) || periodParts(t).grain !== 'year') {
    return {
      zh: `不可比：目标期为${zhT}，实际期为${zhO}`,
      en: `Not comparable: the target is for ${enT}, the actual for ${enO}`,
    };
  }
  if (!isRateMeasure(target.measure)) {
    return {
      zh: `不可比：实际为截至${zhO}的数，目标为全年数；请按序时进度比较`,
      en: `Not comparable: the actual runs to ${enO}, the target is for the whole year; compare progress through the year instead`,
    };
  }
  return undefined;
}
