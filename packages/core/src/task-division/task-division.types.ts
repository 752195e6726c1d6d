import type { Localized } from '../i18n/localized.js';
import type { Task } from '../task/task.schema.js';
import type { Unit } from '../unit/unit.schema.js';

/** How serious a finding is: a `warning` keeps the result usable, an `error` means data was not read. */
export type DiagnosticSeverity = 'warning' | 'error';

/** A finding about one line of the input, in both languages. */
export interface Diagnostic {
  /** The 1-based line of the input the finding is about. */
  line: number;
  severity: DiagnosticSeverity;
  /** A stable machine-readable code, e.g. `seq-gap`, `orphan-line`. */
  code: string;
  message: Localized;
}

/**
 * What a non-blank input line became:
 * - `task`: text of a task (重点任务);
 * - `lead-unit` / `support-unit`: a line holding only 牵头单位 / 配合单位 names (or their label);
 * - `header`: a column header (序号 重点任务 牵头单位), a table rule or the document's title;
 * - `field`: a line holding only a task's 责任领导 or 完成时限 (`完成时限：6月底前`), kept on the task;
 * - `section`: a section heading between rows (一、… or （一）…), kept as the following tasks' `category`;
 * - `notice`: the covering notice of a list (关于印发…的通知: title, addressees, body, issuer, date);
 * - `chrome`: web page navigation, metadata, share links, footers, page numbers, bare HTML markup;
 * - `diagnostic`: none of these; a diagnostic on the same line says why it was not read.
 */
export type LineKind =
  'task' | 'lead-unit' | 'support-unit' | 'field' | 'header' | 'section' | 'notice' | 'chrome' | 'diagnostic';

/** The account of one non-blank input line: every such line gets exactly one. */
export interface LineAccount {
  /** The 1-based line number. */
  line: number;
  kind: LineKind;
  /**
   * The 序号 of the row the line belongs to. On a `diagnostic` line it names a row that was not
   * kept; the diagnostic saying why is on the row's first line.
   */
  seq?: number;
}

/** Options of {@link parseTaskDivision}. */
export interface ParseTaskDivisionOptions {
  /** The jurisdiction the units belong to (e.g. `haizhu`). */
  jurisdictionId: string;
  /** The report the tasks belong to; task ids are `${reportId}-t${seq}`. */
  reportId: string;
  /** Prefix of the ids of new units. Default: `${jurisdictionId}-u-`. */
  unitIdPrefix?: string;
  /** Units already known (from other documents); matched by `name` or `aliases` and reused. Default: none. */
  knownUnits?: Unit[];
}

/** What {@link parseTaskDivision} read. */
export interface TaskDivisionResult {
  /** The tasks in document order, with the 序号 the document gives them (never renumbered). */
  tasks: Task[];
  /** Every unit the tasks refer to, one record per body, in first-seen order. */
  units: Unit[];
  /** Findings, in line order. */
  diagnostics: Diagnostic[];
  /** One account per non-blank input line, in line order. */
  lines: LineAccount[];
}
