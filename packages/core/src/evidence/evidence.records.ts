import type { Evidence, SuggestedStatus } from './evidence.schema.js';
import type { EvidenceResult, StatusSuggestion } from './evidence.types.js';

/**
 * Turns what {@link findEvidence} found into the Dataset's `evidence`: one record per sentence,
 * with its quote, place in the report, score, signal and verbs.
 *
 * @example
 * ```ts
 * const found = findEvidence(tasks2024, planReport2025, { reportId: 'haizhu-2025-plan-report' });
 * const dataset = { ...merged, evidence: evidenceRecords(found) };
 * ```
 */
export function evidenceRecords(result: EvidenceResult): Evidence[] {
  return result.tasks.flatMap((task) =>
    task.sentences.map((s) => ({
      taskId: s.taskId,
      reportId: s.reportId,
      rank: s.rank,
      quote: s.quote,
      offset: s.offset,
      line: s.line,
      score: Math.min(1, Math.max(0, s.score)),
      signal: s.signal,
      completionVerbs: [...s.completionVerbs],
      progressVerbs: [...s.progressVerbs],
      sharedTerms: [...s.sharedTerms],
    })),
  );
}

/** Where suggestions came from: the report read and the period it reviews. */
export interface SuggestionRecordsOptions {
  /** The report whose evidence was read. */
  reportId: string;
  /** The period or date the suggestions speak of: the year the report reviews (`2024`). */
  asOf: string | number;
}

/**
 * Turns what {@link suggestStatus} returned into the Dataset's `statusSuggestions`. A recorded
 * status (`suggested: false`) is left out: it is already in the task's `statusHistory`, and a
 * suggestion never stands in for it.
 *
 * @example
 * ```ts
 * const suggestions = found.tasks.map((e, i) => suggestStatus(tasks2024[i], e));
 * const statusSuggestions = suggestionRecords(suggestions, { reportId: found.reportId, asOf: 2024 });
 * ```
 */
export function suggestionRecords(
  suggestions: readonly StatusSuggestion[],
  options: SuggestionRecordsOptions,
): SuggestedStatus[] {
  const asOf = String(options.asOf);
  return suggestions
    .filter((s) => s.suggested)
    .map((s) => ({
      taskId: s.taskId,
      reportId: options.reportId,
      asOf,
      status: s.status,
      confidence: Math.min(1, Math.max(0, s.confidence)),
      basis: s.basis === 'recorded' ? 'none' : s.basis,
      evidence: s.evidence.map((e) => ({
        reportId: e.reportId,
        quote: e.quote,
        offset: e.offset,
        ...(e.line === undefined ? {} : { line: e.line }),
      })),
      explanation: { zh: s.explanation.zh, en: s.explanation.en },
    }));
}
