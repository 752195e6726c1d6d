import { z } from 'zod';
import { EVIDENCE_SIGNALS, SUGGESTION_BASES } from '../dataset/dataset.vocabulary.js';
import { IsoDate, Period } from '../period/period.schema.js';
import { SourceRef } from '../source/source.schema.js';
import { TaskStatus } from '../task/task.schema.js';

/**
 * A sentence of a later report that speaks of a task, as {@link findEvidence} found it: the
 * 2025 plan report's `广州塔广场开业运营` for the 2024 task `高品质运营广州塔南广场`.
 */
export const Evidence = z
  .strictObject({
    /** The task the sentence speaks of. */
    taskId: z.string().min(1),
    /** The report the sentence was read from (one that reviews the task's year). */
    reportId: z.string().min(1),
    /** 1 for the sentence that speaks of the task most. */
    rank: z.number().int().positive(),
    /** The sentence, as written in the report. */
    quote: z.string().min(1),
    /** The character offset of the quote in the report's text. */
    offset: z.number().int().nonnegative(),
    /** The 1-based line of the quote, when known. */
    line: z.number().int().positive().optional(),
    /** The share of the task's weighted terms the sentence holds, 0..1. */
    score: z.number().min(0).max(1),
    /** What the verbs where the task's words are signal: completion wins over progress. */
    signal: z.enum(EVIDENCE_SIGNALS),
    /** Completion verbs found (建成, 开业运营, 交付 …). */
    completionVerbs: z.array(z.string().min(1)).default([]),
    /** Progress verbs found (推进, 动工 …). */
    progressVerbs: z.array(z.string().min(1)).default([]),
    /** Words the task and the sentence share, most telling first. */
    sharedTerms: z.array(z.string().min(1)).default([]),
  })
  .meta({
    description: 'A sentence of a later report that speaks of a task, with the verbs that signal its status',
  });
export type Evidence = z.infer<typeof Evidence>;

/**
 * A status suggested from evidence by {@link suggestStatus}, for a person to confirm. It is kept
 * apart from the task's `statusHistory`, which holds only recorded statuses: a reader shows a
 * recorded status first and a suggestion only where none was recorded.
 */
export const SuggestedStatus = z
  .strictObject({
    taskId: z.string().min(1),
    /** The report whose evidence was read (also when nothing was found in it). */
    reportId: z.string().min(1),
    /** The period or date the suggestion speaks of: the year the report reviews (2024). */
    asOf: z.union([IsoDate, Period]),
    status: TaskStatus,
    /** How sure the suggestion is, 0..1 (0 when nothing was found). */
    confidence: z.number().min(0).max(1),
    /** What it rests on: a `completion` verb, a `progress` verb, or `none` found. */
    basis: z.enum(SUGGESTION_BASES),
    /** The quotes it rests on. */
    evidence: z.array(SourceRef).default([]),
    /** Why, in Chinese and English. */
    explanation: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  })
  .meta({
    description: 'A status suggested from evidence, for a person to confirm; never a recorded status',
  });
export type SuggestedStatus = z.infer<typeof SuggestedStatus>;
