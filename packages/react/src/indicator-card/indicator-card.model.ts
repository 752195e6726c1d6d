import {
  comparePeriods,
  compareDataset,
  isRateMeasure,
  percentChange,
  subtract,
  type ComparisonRow,
  type Dataset,
  type Observation,
} from '@luoshi/core';

/** The change of an actual against the year before: in points for rates, in percent for levels. */
export interface YearChange {
  /** `pp` (percentage points, for growth and shares) or `%` (relative change of a level or count). */
  kind: 'pp' | '%';
  /** At the source's precision: 5.5 − 5.4 is 0.1. */
  value: number;
  previous: Observation;
}

/** What an indicator card shows, worked out from core's comparison (nothing evaluated here). */
export interface IndicatorCardModel {
  row: ComparisonRow;
  /** Earlier and current actuals of the same indicator, jurisdiction, measure and unit, oldest first. */
  history: Observation[];
  change?: YearChange;
}

/** The actual of the year before `observation`'s, with the same measure and unit, from `history`. */
function previousOf(observation: Observation, history: readonly Observation[]): Observation | undefined {
  const earlier = history.filter((o) => comparePeriods(o.period, observation.period) < 0);
  return earlier[earlier.length - 1];
}

/** The change of `current` against `previous`; rates in points, levels in percent (1 place). */
export function yearChange(current: Observation, previous: Observation | undefined): YearChange | undefined {
  if (!previous || previous.unit !== current.unit || previous.measure !== current.measure) return undefined;
  if (isRateMeasure(current.measure) || current.unit === '%') {
    return { kind: 'pp', value: subtract(current.value, previous.value), previous };
  }
  if (previous.value === 0) return undefined;
  return { kind: '%', value: percentChange(current.value, previous.value, 1), previous };
}

/**
 * The model of an indicator card from a comparison row and the dataset's observations: the history
 * for the sparkline and the change against last year.
 */
export function indicatorCardModel(
  row: ComparisonRow,
  observations: readonly Observation[],
): IndicatorCardModel {
  const { target } = row;
  const history = observations
    .filter(
      (o) =>
        o.indicatorId === target.indicatorId &&
        o.jurisdictionId === target.jurisdictionId &&
        o.measure === target.measure &&
        o.unit === target.unit &&
        !o.cumulative,
    )
    .sort((a, b) => comparePeriods(a.period, b.period));
  const current = row.observation;
  const change = current ? yearChange(current, previousOf(current, history)) : undefined;
  return { row, history, ...(change ? { change } : {}) };
}

/** The card model of one target of a dataset, or `undefined` when the dataset has no such target. */
export function indicatorCardModelOf(dataset: Dataset, targetId: string): IndicatorCardModel | undefined {
  const row = compareDataset(dataset, { collapseRestatements: false }).find((r) => r.target.id === targetId);
  return row ? indicatorCardModel(row, dataset.observations) : undefined;
}
