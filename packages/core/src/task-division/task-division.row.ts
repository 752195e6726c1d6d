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
  /** 责任领导 cells or labels, as written (made when the first is met: most lists have none). */
  leader?: string[];
  /** 完成时限 cells or labels, as written (likewise). */
  deadline?: string[];
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
  /** The row is the document's last: a row without units there was cut off, not written so. */
  last?: boolean;
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
  // A list cut off mid-row ends without its units, or inside the last unit's name (`责任单位：区`).
  if (ctx.last === true && (row.lead.length === 0 || cutName(row))) {
    problem = {
      line: row.line,
      severity: 'error',
      code: 'incomplete-row',
      message: messages.incompleteRow(row.seq, text.length > 40 ? `${text.slice(0, 40)}…` : text),
    };
  } else if (text === '') {
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
  if (row.deadline !== undefined) {
    const deadline = fieldText(row.deadline);
    if (deadline !== '') task.deadline = deadline;
  }
  if (row.leader !== undefined) {
    const leader = fieldText(row.leader);
    if (leader !== '') task.responsibleLeader = leader;
  }
  return { task, diagnostics: NONE_DIAGNOSTICS, relabel, dropped: false };
}

const BROKEN_WORD = /([\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g;

/**
 * Chinese text has no spaces between characters: in a table cell, one left between two Han characters
 * is where a PDF broke a line inside a word (`体制机 制`), so it goes. Spaces beside digits and Latin
 * words stay. (Not applied where spaces separate the columns themselves.)
 */
export function joinBrokenWords(text: string): string {
  return text.includes(' ') || text.includes('\u3000') ? text.replace(BROKEN_WORD, '$1') : text;
}

/** A field's pieces (a cell wrapped over lines, or several labels) as one text, spaces collapsed. */
function fieldText(pieces: readonly string[]): string {
  if (pieces.length === 0) return '';
  return pieces
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The row's last unit name is cut short (`责任单位：区`): a one-character name is never a body's. */
function cutName(row: Row): boolean {
  const last = (row.support.length > 0 ? row.support : row.lead).at(-1);
  return last !== undefined && last.trim().length < 2;
}

function unique(ids: string[]): string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}
