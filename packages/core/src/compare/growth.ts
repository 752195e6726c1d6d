import { percentChange } from '../decimal/decimal.js';
import type { Localized } from '../i18n/localized.js';
import type { Observation } from '../observation/observation.schema.js';
import { comparePeriods, periodParts } from '../period/period.js';
import { formatNumber } from './format.js';
import { convertToUnit } from './units.js';

/**
 * A growth rate computed from two levels at current prices. It is labelled `nominal` and never stands
 * in for the growth a report gives, which is usually at comparable prices (可比价): Haizhu's GDP went
 * from 2720.16 to 3008.35亿元 (+10.6 % nominal) while the reported growth is +5.4 %.
 */
export interface NominalGrowth {
  /** The change in percent, rounded to `places`. */
  value: number;
  unit: '%';
  measure: 'growth';
  basis: 'nominal';
  /** Always says "nominal" (名义, 按现价总量计算) so it is not read as the reported growth. */
  label: Localized;
}

/** Options of {@link nominalGrowth}. */
export interface NominalGrowthOptions {
  /** Decimal places of the result. Default: 1, as reports give growth rates. */
  places?: number;
}

/**
 * The nominal growth from `previous` to `current` (levels, or level observations of the same
 * indicator, jurisdiction and unit, previous before current). Throws on levels that cannot be divided
 * (a zero or non-finite previous level, observations that are not levels or do not match).
 */
export function nominalGrowth(
  current: number | Observation,
  previous: number | Observation,
  options: NominalGrowthOptions = {},
): NominalGrowth {
  const places = options.places ?? 1;
  const [now, before] = levels(current, previous);
  if (!Number.isFinite(now) || !Number.isFinite(before) || before === 0) {
    throw new Error(
      `[@luoshi/core] nominalGrowth: cannot compute growth from ${before} to ${now} (the previous level must be a non-zero number)`,
    );
  }
  const value = percentChange(now, before, places);
  const figure = `${value > 0 ? '+' : ''}${formatNumber(value)}%`;
  return {
    value,
    unit: '%',
    measure: 'growth',
    basis: 'nominal',
    label: {
      zh: `名义增长${figure}（按现价总量计算，非可比价增速）`,
      en: `${figure} nominal (from levels at current prices, not the comparable-price growth)`,
    },
  };
}

/**
 * The nominal growth between two level observations, as an observation whose `basis` is `nominal`:
 * `evaluate` will refuse to compare it with a target at comparable prices.
 */
export function nominalGrowthObservation(
  current: Observation,
  previous: Observation,
  options: NominalGrowthOptions = {},
): Observation {
  const growth = nominalGrowth(current, previous, options);
  return {
    id: `${current.id}~nominal-growth`,
    indicatorId: current.indicatorId,
    jurisdictionId: current.jurisdictionId,
    period: current.period,
    measure: 'growth',
    value: growth.value,
    unit: '%',
    basis: 'nominal',
    cumulative: current.cumulative,
    estimate: current.estimate || previous.estimate,
  };
}

function levels(current: number | Observation, previous: number | Observation): [number, number] {
  if (typeof current === 'number' && typeof previous === 'number') return [current, previous];
  if (typeof current === 'number' || typeof previous === 'number') {
    throw new Error('[@luoshi/core] nominalGrowth: pass two numbers or two observations, not one of each');
  }
  const where = `nominalGrowth(${current.id}, ${previous.id})`;
  for (const o of [current, previous]) {
    if (o.measure !== 'level' && o.measure !== 'count') {
      throw new Error(
        `[@luoshi/core] ${where}: observation "${o.id}" is a ${o.measure}; nominal growth is computed from levels`,
      );
    }
  }
  if (current.indicatorId !== previous.indicatorId || current.jurisdictionId !== previous.jurisdictionId) {
    throw new Error(`[@luoshi/core] ${where}: the observations are of different indicators or jurisdictions`);
  }
  if (
    comparePeriods(previous.period, current.period) >= 0 ||
    periodParts(previous.period).grain !== periodParts(current.period).grain
  ) {
    throw new Error(
      `[@luoshi/core] ${where}: "${previous.period}" must be an earlier period of the same length as "${current.period}"`,
    );
  }
  const before = convertToUnit(previous.value, previous.unit, current.unit);
  if (before === undefined) {
    throw new Error(`[@luoshi/core] ${where}: units ${previous.unit} and ${current.unit} do not convert`);
  }
  return [current.value, before];
}
