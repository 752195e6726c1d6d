import type { TermOptions } from './lineage.terms.js';

/**
 * What became of a task of year N+1 with respect to year N:
 * - `continued`: last year's task goes on (环岛路 again);
 * - `expanded`: it goes on and takes in more (several of last year's tasks, or much more text);
 * - `new`: no task of last year scores above the threshold.
 */
export type NewerTaskKind = 'continued' | 'expanded' | 'new';

/** What became of a task of year N: `carried-over` into year N+1, or `not-repeated`. */
export type OlderTaskKind = 'carried-over' | 'not-repeated';

/** A likely predecessor of a task: a task of the older list. */
export interface PredecessorMatch {
  /** The older task's id. */
  taskId: string;
  /** The older task's 序号. */
  seq: number;
  /** 1 for the best match. */
  rank: number;
  /** Cosine similarity of the two tasks' TF-IDF term vectors, 0..1. */
  score: number;
  /** Whether `score` reaches the threshold (only those count for the classification). */
  aboveThreshold: boolean;
  /** The names and words both texts hold, most telling first (环岛路沙渡路—南洲路段, 康鹭片区). */
  sharedTerms: string[];
}

/** A task of the newer list with its likely predecessors. */
export interface NewerTaskLineage {
  taskId: string;
  seq: number;
  leadUnitIds: string[];
  kind: NewerTaskKind;
  /** Ranked likely predecessors, best first (at most `maxPredecessors`, all with a score above 0). */
  predecessors: PredecessorMatch[];
}

/** A task of the older list with the newer tasks that continue it. */
export interface OlderTaskLineage {
  taskId: string;
  seq: number;
  leadUnitIds: string[];
  kind: OlderTaskKind;
  /** Newer tasks that list this one as a predecessor above the threshold, best first. */
  successors: { taskId: string; seq: number; score: number; rank: number }[];
}

/** Work done by {@link matchTasks}: what keeps it far from all pairs. */
export interface LineageStats {
  olderTasks: number;
  newerTasks: number;
  /** Distinct terms (n-grams, names, figures) of both lists. */
  vocabulary: number;
  /** Postings entries read while generating candidates. */
  postingsVisited: number;
  /** Pairs (newer, older) that shared a rare term: the candidates. */
  candidatePairs: number;
  /** Pairs whose full score was computed. */
  scoredPairs: number;
  /** Terms left out of candidate generation because too many older tasks hold them. */
  cappedTerms: number;
}

/** The result of {@link matchTasks}. */
export interface LineageResult {
  /** One entry per newer task, in input order. */
  newer: NewerTaskLineage[];
  /** One entry per older task, in input order. */
  older: OlderTaskLineage[];
  /** The threshold used. */
  threshold: number;
  stats: LineageStats;
}

/** Options of {@link matchTasks}. */
export interface MatchTasksOptions extends TermOptions {
  /** Score (0..1) from which a predecessor counts. Default: {@link DEFAULT_MATCH_THRESHOLD}. */
  threshold?: number;
  /** Predecessors listed per newer task. Default: 3. */
  maxPredecessors?: number;
  /** Rarest terms of a newer task used to find candidates. Default: 24. */
  candidateTerms?: number;
  /**
   * Postings read per newer task while finding candidates: terms are taken rarest first until
   * this many older tasks were visited (the first term always). Default: 256.
   */
  postingsBudget?: number;
  /** Candidates fully scored per newer task. Default: 16. */
  maxCandidates?: number;
  /**
   * A term held by more older tasks than this does not generate candidates (it still counts in
   * the score). Default: `max(64, ceil(4 * sqrt(older.length)))`.
   */
  maxPostings?: number;
  /** Shared terms listed per predecessor. Default: 6. */
  maxSharedTerms?: number;
}

/** The default score from which a predecessor counts, set from the Haizhu 2024 → 2025 evaluation. */
export const DEFAULT_MATCH_THRESHOLD = 0.08;
