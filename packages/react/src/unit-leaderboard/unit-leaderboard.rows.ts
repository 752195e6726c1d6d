import { emptyStatusCounts, tasksByUnit, type Dataset, type StatusCounts } from '@luoshi/core';
import { taskRows } from '../task-table/task-table.rows.js';

/** One unit's standing: its tasks by status (recorded, else suggested) and its rank. */
export interface UnitStanding {
  unitId: string;
  name: string;
  total: number;
  counts: StatusCounts;
  /** Tasks whose status is only a suggestion. */
  suggested: number;
  /** 已完成 share of its tasks, 0..1. */
  completedShare: number;
  /** 滞后 (at-risk) tasks. */
  behind: number;
  /** 1 for the best; units that tie share a rank (1, 1, 3). */
  rank: number;
}

/** Options of {@link unitStandings}. */
export interface UnitStandingsOptions {
  /** Count tasks a unit leads (default), supports, or either; passed to core's `tasksByUnit`. */
  role?: 'lead' | 'support' | 'any';
  /** Only tasks of this report. Default: all. */
  reportId?: string;
}

/**
 * Units ranked by the share of their tasks completed, then by fewer tasks behind schedule. Grouping
 * is core's `tasksByUnit`; each task's status is the one the task table shows (recorded first, then
 * suggested), so units compare on the same footing. Ties are broken by name, then id, in every locale.
 */
export function unitStandings(dataset: Dataset, options: UnitStandingsOptions = {}): UnitStanding[] {
  const rows = new Map(taskRows(dataset).map((r) => [r.id, r]));
  const standings = tasksByUnit(dataset, options).map((group) => {
    const counts = emptyStatusCounts();
    let suggested = 0;
    for (const id of group.taskIds) {
      const row = rows.get(id);
      counts[row?.status ?? 'unknown'] += 1;
      if (row?.statusSource === 'suggested') suggested += 1;
    }
    return {
      unitId: group.unitId,
      name: group.unit?.name ?? group.unitId,
      total: group.total,
      counts,
      suggested,
      completedShare: group.total === 0 ? 0 : counts.completed / group.total,
      behind: counts['at-risk'],
      rank: 0,
    };
  });
  const better = (a: UnitStanding, b: UnitStanding) =>
    b.completedShare - a.completedShare || a.behind - b.behind;
  standings.sort(
    (a, b) =>
      better(a, b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.unitId < b.unitId ? -1 : 1),
  );
  standings.forEach((s, i) => {
    const prev = standings[i - 1];
    s.rank = prev && better(prev, s) === 0 ? prev.rank : i + 1;
  });
  return standings;
}
