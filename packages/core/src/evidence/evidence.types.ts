import type { Localized } from '../i18n/localized.js';
import type { TermOptions } from '../lineage/lineage.terms.js';
import type { SectionRole } from '../report-prose/report-prose.segment.js';
import type { StatusEntry, TaskStatus } from '../task/task.schema.js';
import type { EvidenceSignal } from './evidence.signals.js';

/** A sentence of a report that speaks of a task. */
export interface EvidenceSentence {
  reportId: string;
  taskId: string;
  /** 1 for the sentence that speaks of the task most. */
  rank: number;
  /** The sentence as written in the report. */
  quote: string;
  /** Character offset of `quote` in the report text given. */
  offset: number;
  /** 1-based line of `offset`. */
  line: number;
  /**
   * Share of the task's term weight (names, n-grams, figures, IDF-weighted) that the sentence
   * holds, 0..1.
   */
  score: number;
  /** The part of the sentence (clauses joined by 、) where the task's words are. */
  focus: { quote: string; offset: number };
  /** What the verbs of `focus` signal: completion wins over progress. */
  signal: EvidenceSignal;
  /** Completion verbs found in `focus` (建成, 开业, 交楼 …, or a verb the task itself uses: 发布). */
  completionVerbs: string[];
  /** Progress verbs found in `focus` (推进, 动工 …). */
  progressVerbs: string[];
  /** Words the task and the sentence share, most telling first. */
  sharedTerms: string[];
}

/** The evidence found for one task. */
export interface TaskEvidence {
  taskId: string;
  seq: number;
  /** Best first; empty when the review says nothing of the task. */
  sentences: EvidenceSentence[];
}

/** A stretch of the report and whether it counted as evidence. */
export interface EvidenceSection {
  role: SectionRole;
  heading?: string;
  /** 1-based line of the heading. */
  line: number;
  /** Whether its sentences were read as evidence (the review part only). */
  read: boolean;
}

/** The result of {@link findEvidence}. */
export interface EvidenceResult {
  reportId: string;
  /** The year the report reviews: the year its evidence is about. */
  reviewYear: number | undefined;
  sections: EvidenceSection[];
  /** One entry per task, in input order. */
  tasks: TaskEvidence[];
  /** Problems with the report as evidence (no review section found …). */
  warnings: { code: string; message: Localized }[];
}

/** Options of {@link findEvidence}. */
export interface FindEvidenceOptions extends TermOptions {
  /** The report's id, put on every quote. */
  reportId: string;
  /** The year reviewed. Default: read from the text (`2024年…执行情况`, the delivery date). */
  reviewYear?: number;
  /** The year planned. Default: read from the text, else reviewYear + 1. */
  planYear?: number;
  /** Lowest score of a sentence kept as evidence. Default: {@link DEFAULT_EVIDENCE_THRESHOLD}. */
  threshold?: number;
  /** Sentences kept per task. Default: 3. */
  maxSentences?: number;
}

/** The default lowest score of an evidence sentence, set from the Haizhu 2025 plan report. */
export const DEFAULT_EVIDENCE_THRESHOLD = 0.18;

/** How the suggestion was reached. */
export type SuggestionBasis = 'recorded' | 'completion' | 'progress' | 'none';

/**
 * A status suggested from evidence, for a person to confirm. It is kept apart from recorded
 * statuses: `suggested` is `true`, except when a status was already recorded, which is returned
 * unchanged with `suggested: false`.
 */
export interface StatusSuggestion {
  taskId: string;
  status: TaskStatus;
  /** How sure the suggestion is, 0..1 (1 for a recorded status, 0 when nothing was found). */
  confidence: number;
  suggested: boolean;
  basis: SuggestionBasis;
  /** The quotes the suggestion rests on, in the shape of a `SourceRef`. */
  evidence: { reportId: string; quote: string; offset: number; line?: number }[];
  explanation: Localized;
  /** The recorded status returned unchanged, when there is one. */
  recorded?: StatusEntry;
}

/** Options of {@link suggestStatus}. */
export interface SuggestStatusOptions {
  /** Lowest evidence score that may set a status. Default: {@link DEFAULT_STRONG_EVIDENCE}. */
  strongScore?: number;
}

/** The default lowest score of a sentence that may set a status. */
export const DEFAULT_STRONG_EVIDENCE = 0.18;
