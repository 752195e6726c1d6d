// The Dataset's fixed vocabularies as plain constants. The zod schemas are built from them, and code
// that runs in a page (the charts) reads them here, so a page never has to carry zod.

/**
 * The schema version this release writes. Older files are migrated on load (see `migrateDataset`).
 * 2 added `taskLinks`, `evidence` and `statusSuggestions`; 3 added the optional task fields `deadline`
 * (完成时限) and `responsibleLeader` (责任领导).
 */
export const SCHEMA_VERSION = 3 as const;

/** Administrative levels, from the top down. */
export const JURISDICTION_LEVELS = [
  'national',
  'province',
  'city',
  'district',
  'county',
  'township',
  'other',
] as const;
/** 政府工作报告, 计划执行情况与计划草案的报告, 重点任务责任分工, or another document. */
export const REPORT_KINDS = ['work-report', 'plan-report', 'task-division', 'other'] as const;
/** Which way is good for an indicator. */
export const DIRECTIONS = ['increase', 'decrease', 'target'] as const;
/** What a figure measures. */
export const MEASURES = ['level', 'growth', 'share', 'count'] as const;
/** How a target binds its figure. */
export const COMPARATORS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'] as const;
/** 约束性, 预期性, 力争. */
export const STRENGTHS = ['binding', 'expected', 'aspirational'] as const;
/** The price basis of a growth rate. */
export const BASES = ['comparable', 'nominal', 'unspecified'] as const;
/** Where a task stands. */
export const TASK_STATUSES = [
  'not-started',
  'on-track',
  'at-risk',
  'completed',
  'partly-completed',
  'ongoing',
  'dropped',
  'unknown',
] as const;

/**
 * What became of a task of year N+1 with respect to year N: `continued`, `expanded` (it takes in
 * more) or `new`.
 */
export const NEWER_TASK_KINDS = ['continued', 'expanded', 'new'] as const;
/** What became of a task of year N: `carried-over` into year N+1, or `not-repeated`. */
export const OLDER_TASK_KINDS = ['carried-over', 'not-repeated'] as const;
/** What the verbs of an evidence sentence signal: completion (建成, 开业 …), progress (推进, 动工 …) or neither. */
export const EVIDENCE_SIGNALS = ['completion', 'progress', 'none'] as const;
/**
 * What a suggested status rests on: a completion verb, a progress verb, or nothing found. (A
 * recorded status is never a suggestion: it stays in the task's `statusHistory`.)
 */
export const SUGGESTION_BASES = ['completion', 'progress', 'none'] as const;

/** A year (`2025`), a quarter (`2025-Q3`) or a month (`2025-09`). */
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** Whether a value is a period string (`2025`, `2025-Q3`, `2025-09`). */
export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}
