import type { Dataset } from '../dataset/dataset.schema.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Jurisdiction } from '../jurisdiction/jurisdiction.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Period } from '../period/period.schema.js';
import { evaluate, type EvaluateOptions } from '../target/target.evaluate.js';
import type { Evaluation } from '../target/target.evaluation.js';
import type { Target } from '../target/target.schema.js';
import { ambition, type Ambition } from './ambition.js';
import { findObservation, findPreviousActual } from './match.js';

/** One target beside its actual, as the CLI's `compare` and the charts show it. */
export interface ComparisonRow {
  target: Target;
  /** The matching actual, when the dataset has one. */
  observation?: Observation;
  /** The target's indicator, when the dataset has it. */
  indicator?: Indicator;
  /** The target's jurisdiction, when the dataset has it. */
  jurisdiction?: Jurisdiction;
  evaluation: Evaluation;
  /** The target against the latest earlier actual, when there is one. */
  ambition?: Ambition;
  /** That earlier actual. */
  previousActual?: Observation;
}

/** Which targets {@link compareDataset} compares, and how. */
export interface CompareDatasetOptions {
  /** Only this jurisdiction's targets. Default: all. */
  jurisdictionId?: string;
  /** Only targets for exactly this period (`2025`). Default: all. */
  period?: Period;
  /** Tolerances passed to `evaluate` (the indicator is taken from the dataset). */
  tolerances?: Omit<EvaluateOptions, 'indicator'>;
}

/**
 * Pairs every target of a dataset with its actual ({@link findObservation}) and evaluates it, with
 * its ambition against the latest earlier actual ({@link findPreviousActual}). Rows keep the order of
 * `dataset.targets`.
 */
export function compareDataset(dataset: Dataset, options: CompareDatasetOptions = {}): ComparisonRow[] {
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const jurisdictions = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const rows: ComparisonRow[] = [];
  for (const target of dataset.targets) {
    if (options.jurisdictionId !== undefined && target.jurisdictionId !== options.jurisdictionId) continue;
    if (options.period !== undefined && target.period !== options.period) continue;
    const indicator = indicators.get(target.indicatorId);
    const jurisdiction = jurisdictions.get(target.jurisdictionId);
    const observation = findObservation(dataset, target);
    const previousActual = findPreviousActual(dataset, target);
    const row: ComparisonRow = {
      target,
      evaluation: evaluate(target, observation, {
        ...options.tolerances,
        ...(indicator ? { indicator } : {}),
      }),
    };
    if (observation) row.observation = observation;
    if (indicator) row.indicator = indicator;
    if (jurisdiction) row.jurisdiction = jurisdiction;
    if (previousActual) {
      row.previousActual = previousActual;
      row.ambition = ambition(target, previousActual, indicator ? { indicator } : {});
    }
    rows.push(row);
  }
  return rows;
}
