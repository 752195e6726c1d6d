import type { Localized } from '../i18n/localized.js';

/**
 * How an actual stands against its target: `exceeded`, `met`, `near` (within the near band below the
 * target), `missed`, `pending` (no actual yet), `not-comparable` (another measure, unit or basis).
 */
export type EvaluationStatus = 'exceeded' | 'met' | 'near' | 'missed' | 'pending' | 'not-comparable';

/** The gap between actual and target. */
export interface Gap {
  /** actual − target, in the target's unit (percentage points for rates), at the source's precision. */
  absolute: number;
  /** The gap relative to the target, in percent (for levels and counts); absent for rates. */
  relative?: number;
  /** `pp` for growth and share (percentage points); the level's unit otherwise. */
  unit: string;
}

/** The result of comparing a target with an observation. */
export interface Evaluation {
  status: EvaluationStatus;
  /** Absent when pending or not comparable. */
  gap?: Gap;
  /** actual / target (完成率), for levels and counts; absent for rates and when not comparable. */
  achievement?: number;
  /** The target was 力争 (aspirational): reported as such. */
  aspirational: boolean;
  /** One line a reader understands: "实际增长5.4%，低于目标5.5%（差0.1个百分点）". */
  explanation: Localized;
}
