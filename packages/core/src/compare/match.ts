import type { Dataset } from '../dataset/dataset.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { comparePeriods, periodParts } from '../period/period.js';
import type { Target } from '../target/target.schema.js';
import { convertToUnit } from './units.js';

/**
 * How well an actual fits a target, lower is better: 0 the same stated basis; 1 one side unstated
 * (a target of unstated basis takes a comparable-price actual, as reported growth usually is);
 * 2 a nominal actual for a target of unstated basis; 3 bases clash or units do not convert.
 */
function fit(target: Target, observation: Observation): number {
  if (convertToUnit(observation.value, observation.unit, target.unit) === undefined) return 3;
  if (target.basis === observation.basis && target.basis !== 'unspecified') return 0;
  if (observation.basis === 'unspecified') return 1;
  if (target.basis === 'unspecified') return observation.basis === 'nominal' ? 2 : 1;
  return 3;
}

function sameSeries(target: Target, observation: Observation): boolean {
  return (
    observation.indicatorId === target.indicatorId &&
    observation.jurisdictionId === target.jurisdictionId &&
    observation.measure === target.measure
  );
}

/**
 * The actual for a target: the same indicator, jurisdiction, period and measure; the same price basis
 * preferred (then an unstated one, then any: `evaluate` then says why it is not comparable); a final
 * figure preferred over an estimate (预计). `undefined` when there is none.
 */
export function findObservation(
  dataset: Pick<Dataset, 'observations'>,
  target: Target,
): Observation | undefined {
  let best: Observation | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const o of dataset.observations) {
    if (!sameSeries(target, o) || o.period !== target.period) continue;
    const score = fit(target, o) * 2 + (o.estimate ? 1 : 0);
    if (score < bestScore) [best, bestScore] = [o, score];
  }
  return best;
}

/**
 * The latest actual before a target, for {@link ambition}: the same indicator, jurisdiction and
 * measure, a period of the same length that ends before the target's begins (2024 for a 2025 target),
 * a basis that does not clash and a unit that converts. Among equals: a final figure over an estimate.
 */
export function findPreviousActual(
  dataset: Pick<Dataset, 'observations'>,
  target: Target,
): Observation | undefined {
  const grain = periodParts(target.period).grain;
  let best: Observation | undefined;
  for (const o of dataset.observations) {
    if (!sameSeries(target, o) || periodParts(o.period).grain !== grain) continue;
    if (comparePeriods(o.period, target.period) >= 0 || fit(target, o) === 3) continue;
    if (!best) {
      best = o;
      continue;
    }
    const later = comparePeriods(o.period, best.period);
    const better =
      later > 0 ||
      (later === 0 &&
        fit(target, o) * 2 + Number(o.estimate) < fit(target, best) * 2 + Number(best.estimate));
    if (better) best = o;
  }
  return best;
}
