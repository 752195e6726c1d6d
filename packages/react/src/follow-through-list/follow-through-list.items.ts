import type { Dataset, Evidence, StatusEntry, SuggestedStatus, Task } from '@luoshi/core';
import { taskRows, type TaskRow } from '../task-table/task-table.rows.js';

/** A quote a suggestion rests on, with where it was read. */
export interface EvidenceQuote {
  quote: string;
  reportId: string;
  /** The report's title, when the dataset has the report. */
  reportTitle?: string;
  line?: number;
}

/** One of last year's tasks as the follow-through list shows it. */
export interface FollowThroughItem {
  task: Task;
  row: TaskRow;
  suggestion?: SuggestedStatus;
  /** The status a person recorded, which a suggestion never overrides. */
  recorded?: StatusEntry;
  evidence: EvidenceQuote[];
}

/** Options of {@link followThroughItems}. */
export interface FollowThroughOptions {
  /** The year whose tasks are followed (2024). Default: the latest year with suggestions. */
  year?: number;
  /** Only tasks of this report (a task-division list). Default: every report of that year. */
  reportId?: string;
}

/** The latest planned year among tasks that carry a suggestion, or `undefined`. */
export function latestSuggestedYear(rows: readonly TaskRow[]): number | undefined {
  let year: number | undefined;
  for (const r of rows)
    if (r.suggestion && r.year !== undefined && (year === undefined || r.year > year)) year = r.year;
  return year;
}

/**
 * Last year's tasks, each with its suggested status and the quotes it rests on (the suggestion's own
 * evidence, else the dataset's best-ranked evidence for the task), in the dataset's order.
 */
export function followThroughItems(
  dataset: Dataset,
  options: FollowThroughOptions = {},
): FollowThroughItem[] {
  const rows = taskRows(dataset);
  const year = options.year ?? latestSuggestedYear(rows);
  const titles = new Map(dataset.reports.map((r) => [r.id, r.title]));
  const bestEvidence = new Map<string, Evidence>();
  for (const e of dataset.evidence ?? []) {
    const held = bestEvidence.get(e.taskId);
    if (!held || e.rank < held.rank) bestEvidence.set(e.taskId, e);
  }
  const quote = (q: { quote: string; reportId: string; line?: number | undefined }): EvidenceQuote => {
    const title = titles.get(q.reportId);
    return {
      quote: q.quote,
      reportId: q.reportId,
      ...(title ? { reportTitle: title } : {}),
      ...(q.line !== undefined ? { line: q.line } : {}),
    };
  };
  return rows
    .filter(
      (r) => year !== undefined && r.year === year && (!options.reportId || r.reportId === options.reportId),
    )
    .map((row) => {
      const fromSuggestion = row.suggestion?.evidence.map(quote) ?? [];
      const best = bestEvidence.get(row.id);
      const evidence = fromSuggestion.length > 0 ? fromSuggestion : best ? [quote(best)] : [];
      return {
        task: row.task,
        row,
        ...(row.suggestion ? { suggestion: row.suggestion } : {}),
        ...(row.recorded ? { recorded: row.recorded } : {}),
        evidence,
      };
    });
}
