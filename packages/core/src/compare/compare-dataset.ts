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
  /**
   * Other targets that state the same promise (same indicator, jurisdiction, period, measure and
   * figure) in another document — a task list repeating its work report's target. Empty unless
   * `collapseRestatements` is on.
   */
  restatements: Target[];
}

/** Which targets {@link compareDataset} compares, and how. */
export interface CompareDatasetOptions {
  /** Only this jurisdiction's targets. Default: all. */
  jurisdictionId?: string;
  /** Only targets for exactly this period (`2025`). Default: all. */
  period?: Period;
  /**
   * One row per promise: a target restated in another document (a task list repeating the plan
   * report's 地区生产总值增长5.5%) is listed under `restatements` of the first statement instead of
   * getting a row of its own. Reports come before task lists. Default `true`.
   */
  collapseRestatements?: boolean;
  /** Tolerances passed to `evaluate` (the indicator is taken from the dataset). */
  tolerances?: Omit<EvaluateOptions, 'indicator'>;
}

/**
 * Pairs every target of a dataset with its actual ({@link findObservation}) and evaluates it, with
 * its ambition against the latest earlier actual ({@link findPreviousActual}). Rows keep the order of
 * `dataset.targets`; a promise stated in several documents is one row (see `collapseRestatements`).
 */
export function compareDataset(dataset: Dataset, options: CompareDatasetOptions = {}): ComparisonRow[] {
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const jurisdictions = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const rows: ComparisonRow[] = [];
  const byPromise = new Map<string, ComparisonRow>();
  const kinds = new Map(dataset.reports.map((r) => [r.id, r.kind]));
  // A report states targets in full; a task list restates them. Read reports first when collapsing.
  const rank = (t: Target) => (t.source && kinds.get(t.source.reportId) === 'task-division' ? 1 : 0);
  const targets =
    options.collapseRestatements === false
      ? dataset.targets
      : [...dataset.targets].sort((a, b) => rank(a) - rank(b));
  for (const target of targets) {
    if (options.jurisdictionId !== undefined && target.jurisdictionId !== options.jurisdictionId) continue;
    if (options.period !== undefined && target.period !== options.period) continue;
    const promise = [
      target.indicatorId,
      target.jurisdictionId,
      target.period,
      target.measure,
      target.comparator,
      target.value,
      target.max,
      target.unit,
    ].join('\u0000');
    const first = options.collapseRestatements === false ? undefined : byPromise.get(promise);
    if (first) {
      first.restatements.push(target);
      continue;
    }
    const indicator = indicators.get(target.indicatorId);
    const jurisdiction = jurisdictions.get(target.jurisdictionId);
    const observation = findObservation(dataset, target);
    const previousActual = findPreviousActual(dataset, target);
    const row: ComparisonRow = {
      target,
      restatements: [],
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
    byPromise.set(promise, row);
  }
  // Rows in the order of dataset.targets, whichever statement of a promise came first there.
  const order = new Map(dataset.targets.map((t, i) => [t.id, i]));
  const position = (row: ComparisonRow) =>
    Math.min(...[row.target, ...row.restatements].map((t) => order.get(t.id) ?? 0));
  return rows.sort((a, b) => position(a) - position(b));
}
