import type { Dataset, Observation, Progress, ProgressOptions } from '@luoshi/core';
import { comparePeriods, periodYear, progress, roundTo } from '@luoshi/core';
import type { TargetRow } from '../common/view.targets.js';

/** How far a level or count target has come: done against the share of the year elapsed. */
export interface RingFigures {
  row: TargetRow;
  /** Share of the target done, in percent; absent when pending or not comparable. */
  donePercent?: number;
  /** Share of the year elapsed, in percent (100 for a whole-year actual). */
  elapsedPercent?: number;
  /** The year-to-date figure used, when the year is not over. */
  ytd?: Observation;
  progress?: Progress;
}

/**
 * The figures of one ring: a whole-year actual gives 完成率 at 100% of the year; failing that, the
 * latest year-to-date (累计) figure of the same year gives the share done against time elapsed
 * (时间过半、任务过半), through the engine's `progress`.
 */
export function ringFigures(dataset: Dataset, row: TargetRow, options: ProgressOptions): RingFigures {
  if (row.evaluation.achievement !== undefined) {
    return { row, donePercent: roundTo(row.evaluation.achievement * 100, 1), elapsedPercent: 100 };
  }
  const ytd = dataset.observations
    .filter(
      (o) =>
        o.cumulative &&
        o.indicatorId === row.target.indicatorId &&
        o.jurisdictionId === row.target.jurisdictionId &&
        o.measure === row.target.measure &&
        periodYear(o.period) === periodYear(row.target.period) &&
        o.period !== row.target.period,
    )
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  if (!ytd) return { row };
  const result = progress(row.target, ytd, options);
  if (result.donePercent === undefined) return { row, ytd, progress: result };
  return {
    row,
    ytd,
    progress: result,
    donePercent: result.donePercent,
    elapsedPercent: result.elapsedPercent ?? 100,
  };
}
