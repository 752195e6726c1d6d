import type { Task } from '../task/task.schema.js';
import type { Diagnostic, LineKind } from './task-division.types.js';
import { messages } from './task-division.messages.js';
import { joinWrapped } from './task-division.width.js';

/** A task row being read: its lines, text and unit names so far. */
export interface Row {
  seq: number;
  line: number;
  /** The last line read into the row. */
  lastLine: number;
  text: string;
  lead: string[];
  support: string[];
  /** Standalone unit lines have begun: more text would not belong to this row. */
  unitPhase: boolean;
  /** A 牵头单位 label was seen, so 责任单位 means support. */
  hasLeadLabel: boolean;
  /** Trailing lines that might be unit names but were read as text (e.g. 琶洲管委会 before it is known). */
  weak: { line: number; text: string }[];
  /** Length of `text` before the first of `weak`. */
  textBeforeWeak: number;
  category: string | undefined;
}

export function newRow(seq: number, line: number, category: string | undefined): Row {
  return {
    seq,
    line,
    lastLine: line,
    text: '',
    lead: [],
    support: [],
    unitPhase: false,
    hasLeadLabel: false,
    weak: [],
    textBeforeWeak: 0,
    category,
  };
}

/** Appends wrapped text; a possible unit name is remembered so it can become one if no unit follows. */
export function appendText(row: Row, text: string, line: number, maybeUnit: boolean): void {
  const piece = text.trim();
  if (piece === '') return;
  if (maybeUnit) {
    if (row.weak.length === 0) row.textBeforeWeak = row.text.length;
    row.weak.push({ line, text: piece });
  } else if (row.weak.length > 0) row.weak = [];
  row.text = joinWrapped(row.text, piece);
}

/**
 * Turns the trailing possible unit names read as text into lead units: called when the row's units
 * begin (the names stood between text and units) or when the row ends without any unit.
 */
export function promoteWeak(
  row: Row,
  splitNames: (cell: string) => string[],
): { line: number; kind: LineKind }[] {
  const relabel: { line: number; kind: LineKind }[] = [];
  if (row.weak.length === 0 || row.textBeforeWeak === 0) return relabel;
  row.text = row.text.slice(0, row.textBeforeWeak);
  for (const weak of row.weak) {
    row.lead.push(...splitNames(weak.text));
    relabel.push({ line: weak.line, kind: 'lead-unit' });
  }
  row.weak = [];
  return relabel;
}

// Shared empty results: most rows finish without relabelling or diagnostics.
const NONE: readonly { line: number; kind: LineKind }[] = [];
const NONE_DIAGNOSTICS: readonly Diagnostic[] = [];

/** The line accounts and diagnostics a finished row leaves behind. */
export interface RowOutcome {
  task?: Task;
  diagnostics: readonly Diagnostic[];
  /** Lines whose kind changed on finishing (weak text turned unit). */
  relabel: readonly { line: number; kind: LineKind }[];
  /** The row was not kept: its lines become `diagnostic`. */
  dropped: boolean;
}

export interface RowContext {
  reportId: string;
  taskId: (seq: number) => string;
  resolve: (name: string) => string;
  splitNames: (cell: string) => string[];
}

/**
 * Finishes a row: a row without lead units takes its trailing possible names as units; a row
 * still without text or lead units is reported as an error and not kept.
 */
export function finishRow(row: Row, ctx: RowContext): RowOutcome {
  const relabel: RowOutcome['relabel'] = row.lead.length === 0 ? promoteWeak(row, ctx.splitNames) : NONE;
  const text = row.text.trim();
  let problem: Diagnostic | undefined;
  if (text === '') {
    problem = { line: row.line, severity: 'error', code: 'empty-task', message: messages.emptyTask(row.seq) };
  } else if (row.lead.length === 0) {
    problem = {
      line: row.line,
      severity: 'error',
      code: 'no-lead-unit',
      message: messages.noLeadUnit(row.seq, text.length > 40 ? `${text.slice(0, 40)}…` : text),
    };
  }
  if (problem !== undefined) return { diagnostics: [problem], relabel, dropped: true };
  const leadUnitIds = unique(row.lead.map(ctx.resolve));
  const supportUnitIds = unique(row.support.map(ctx.resolve)).filter((id) => !leadUnitIds.includes(id));
  const task: Task = {
    id: ctx.taskId(row.seq),
    reportId: ctx.reportId,
    seq: row.seq,
    text,
    leadUnitIds,
    supportUnitIds,
    targetIds: [],
    statusHistory: [],
    previousTaskIds: [],
  };
  if (row.category !== undefined) task.category = row.category;
  return { task, diagnostics: NONE_DIAGNOSTICS, relabel, dropped: false };
}

function unique(ids: string[]): string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}
