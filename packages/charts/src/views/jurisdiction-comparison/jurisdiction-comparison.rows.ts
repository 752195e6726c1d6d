import type {
  Dataset,
  EvaluateOptions,
  Evaluation,
  Indicator,
  Jurisdiction,
  Measure,
  Observation,
  Target,
} from '@luoshi/core';
import { comparePeriods } from '@luoshi/core';
import { matchObservation, targetRow } from '../common/view.targets.js';

/** One jurisdiction's target and actual for the compared indicator. */
export interface ComparisonRow {
  jurisdiction: Jurisdiction;
  target?: Target;
  observation?: Observation;
  evaluation?: Evaluation;
  /** 1-based rank by actual, best first; absent without an actual. */
  rank?: number;
}

/** What is compared. */
export interface ComparisonKey {
  indicator: Indicator;
  measure: Measure;
  period: string;
}

/**
 * Picks the comparison: the indicator, measure and period that the most jurisdictions have a target
 * or an actual for (latest period first on a tie), within the asked scope.
 */
export function pickComparison(
  dataset: Dataset,
  scope: Set<string>,
  wanted: { indicatorId?: string; measure?: Measure; period?: string },
): ComparisonKey | undefined {
  const groups = new Map<
    string,
    { indicatorId: string; measure: Measure; period: string; places: Set<string> }
  >();
  for (const figure of [...dataset.targets, ...dataset.observations]) {
    if (!scope.has(figure.jurisdictionId)) continue;
    if (wanted.indicatorId && figure.indicatorId !== wanted.indicatorId) continue;
    if (wanted.measure && figure.measure !== wanted.measure) continue;
    if (wanted.period && figure.period !== wanted.period) continue;
    const key = `${figure.indicatorId}|${figure.measure}|${figure.period}`;
    const group = groups.get(key) ?? {
      indicatorId: figure.indicatorId,
      measure: figure.measure,
      period: figure.period,
      places: new Set(),
    };
    group.places.add(figure.jurisdictionId);
    groups.set(key, group);
  }
  const order = dataset.indicators.map((i) => i.id);
  const best = [...groups.values()].sort(
    (a, b) =>
      b.places.size - a.places.size ||
      comparePeriods(b.period, a.period) ||
      order.indexOf(a.indicatorId) - order.indexOf(b.indicatorId),
  )[0];
  const indicator = best && dataset.indicators.find((i) => i.id === best.indicatorId);
  return best && indicator ? { indicator, measure: best.measure, period: best.period } : undefined;
}

/** Each jurisdiction's target and actual, evaluated, ranked by actual (best first for the indicator's direction). */
export function comparisonRows(
  dataset: Dataset,
  scope: Set<string>,
  key: ComparisonKey,
  options?: EvaluateOptions,
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const jurisdiction of dataset.jurisdictions) {
    if (!scope.has(jurisdiction.id)) continue;
    const target = dataset.targets.find(
      (t) =>
        t.jurisdictionId === jurisdiction.id &&
        t.indicatorId === key.indicator.id &&
        t.measure === key.measure &&
        t.period === key.period,
    );
    if (target) {
      const row = targetRow(dataset, target, key.indicator, options);
      rows.push({
        jurisdiction,
        target,
        evaluation: row.evaluation,
        ...(row.observation ? { observation: row.observation } : {}),
      });
      continue;
    }
    const observation = matchObservation(dataset, {
      id: '',
      indicatorId: key.indicator.id,
      jurisdictionId: jurisdiction.id,
      period: key.period,
      measure: key.measure,
      comparator: 'eq',
      value: 0,
      unit: '',
      strength: 'expected',
      basis: 'unspecified',
    });
    if (observation) rows.push({ jurisdiction, observation });
  }
  const sign = key.indicator.direction === 'decrease' ? 1 : -1;
  const ranked = rows
    .filter((r) => r.observation)
    .sort((a, b) => sign * (a.observation!.value - b.observation!.value));
  // Competition ranking: equal actuals share a rank (1, 1, 3).
  for (const row of ranked) {
    row.rank =
      1 + ranked.filter((other) => sign * (other.observation!.value - row.observation!.value) < 0).length;
  }
  return [...ranked, ...rows.filter((r) => !r.observation)];
}
