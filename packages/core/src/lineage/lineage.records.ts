import type { LineageResult } from './lineage.types.js';
import type { TaskLink } from './lineage.schema.js';

/** Rounding noise can put a cosine a hair above 1; the Dataset holds scores within 0..1. */
function unit(score: number): number {
  return Math.min(1, Math.max(0, score));
}

/**
 * Turns what {@link matchTasks} found into the Dataset's `taskLinks`: one link per predecessor
 * listed, best first, each with the kinds of both tasks, so a chart can say "2025 task #55
 * continues 2024 task #17" without the lineage result at hand. Links below the threshold are kept
 * (`aboveThreshold: false`): they show the nearest candidate of a `new` task.
 *
 * @example
 * ```ts
 * const lineage = matchTasks(tasks2024, tasks2025);
 * const dataset = { ...merged, taskLinks: lineageRecords(lineage) };
 * ```
 */
export function lineageRecords(result: LineageResult): TaskLink[] {
  const olderKind = new Map(result.older.map((o) => [o.taskId, o.kind]));
  const links: TaskLink[] = [];
  for (const newer of result.newer) {
    for (const p of newer.predecessors) {
      links.push({
        newerTaskId: newer.taskId,
        olderTaskId: p.taskId,
        rank: p.rank,
        score: unit(p.score),
        aboveThreshold: p.aboveThreshold,
        sharedTerms: [...p.sharedTerms],
        newerKind: newer.kind,
        // An older task the result does not list was not among the older tasks compared: it cannot
        // have been carried over by this comparison.
        olderKind: olderKind.get(p.taskId) ?? 'not-repeated',
      });
    }
  }
  return links;
}
