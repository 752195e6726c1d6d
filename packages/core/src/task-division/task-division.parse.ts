import type { Task } from '../task/task.schema.js';
import { HAS_HTML_TABLE, htmlLines, type Cell } from './task-division.html.js';
import { cellPerLineRows } from './task-division.cells.js';
import {
  HEADER_HINT,
  isChrome,
  isTitle,
  LABEL_START,
  readHeader,
  SECTION,
  sectionNumber,
  SEQ_START,
  TABLE_RULE,
  type ColumnRole,
} from './task-division.lines.js';
import { noticeEnd } from './task-division.notice.js';
import { messages } from './task-division.messages.js';
import {
  appendText,
  finishRow,
  joinBrokenWords,
  newRow,
  promoteWeak,
  type Row,
  type RowContext,
} from './task-division.row.js';
import type {
  Diagnostic,
  LineAccount,
  LineKind,
  ParseTaskDivisionOptions,
  TaskDivisionResult,
} from './task-division.types.js';
import { bracketUnits, byUnits, labelledUnits, type UnitsInText } from './task-division.units-in-text.js';
import { splitUnitNames, unitListScore, unitNameScore, UnitRegistry } from './task-division.units.js';
import { foldWidth, joinWrapped } from './task-division.width.js';

/** Without a header: 序号, 重点任务, 牵头单位, then 配合单位. */
const DEFAULT_ROLES: readonly ColumnRole[] = ['seq', 'text', 'lead', 'support'];
const CELL_SEQ = /^\(?(\d{1,6})\)?[.、]?$/;
const NOT_BLANK = /\S/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a);
}
const LINE_BREAK = /\r\n?/g;
/** How far a number may jump ahead and still be read as the next 序号 of an unfinished layout. */
const MAX_GAP = 200;

/**
 * Reads a 重点任务责任分工 list (numbered rows of 序号 / 重点任务 / 牵头单位) into tasks and units.
 *
 * Layouts read: columns separated by spaces, tabs or pipes; Markdown and HTML tables pasted as
 * text; rows whose text wraps over several lines, whose number stands alone on its line, or whose
 * lead units (牵头单位) sit on lines of their own; several units in a cell, separated or glued
 * together (沙园街龙凤街); a second column of supporting units (配合单位, or 责任单位 beside a
 * 牵头单位) kept in `supportUnitIds`; numbered paragraphs with labelled unit lines
 * (`牵头单位：…`) or a closing bracket (`（区发改局牵头）`); section headings between rows (kept
 * as the tasks' `category`); repeated page headers, web page chrome, footers and page numbers.
 *
 * Nothing is lost silently: `lines` has one account for every non-blank input line, and a line
 * that is neither task, unit, header, section nor chrome carries a diagnostic saying why. Numbers
 * are never changed: a list that does not start at 1, skips or repeats a number is reported.
 *
 * @example
 * ```ts
 * const { tasks, units } = parseTaskDivision(text, { jurisdictionId: 'haizhu', reportId: 'haizhu-2025-td' });
 * tasks[0]; // { id: 'haizhu-2025-td-t1', seq: 1, text: '地区生产总值增长5.5%。', leadUnitIds: ['haizhu-u-…'], … }
 * ```
 */
export function parseTaskDivision(text: string, options: ParseTaskDivisionOptions): TaskDivisionResult {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.includes('\r')) source = source.replace(LINE_BREAK, '\n');
  const lines = source.split('\n');
  const parser = new TaskDivisionParser(options, lines);
  parser.noticeEnd = noticeEnd(lines);
  const cellRows = HAS_HTML_TABLE.test(source) ? undefined : cellPerLineRows(lines);
  if (HAS_HTML_TABLE.test(source)) {
    parser.html = true;
    for (const html of htmlLines(source)) parser.feed(html.line, html.raw, html.cells, html.endLine);
  } else if (cellRows !== undefined) {
    for (const row of cellRows) parser.feed(row.line, row.raw, row.cells, row.endLine);
  } else {
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      if (NOT_BLANK.test(raw)) parser.feed(i + 1, raw, undefined, i + 1);
    }
  }
  return parser.finish();
}

class TaskDivisionParser {
  private readonly units: UnitRegistry;
  private readonly ctx: RowContext;
  private readonly tasks: Task[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** Per line: the index of its kind in LINE_KINDS plus one (0: not yet accounted). */
  private kinds: Uint8Array = new Uint8Array(0);
  /** Per line: the 序号 of its row (0: none). */
  private seqs: Float64Array = new Float64Array(0);
  /** The roles of the cells after the 序号. */
  private cellRoles: readonly ColumnRole[] = DEFAULT_ROLES.slice(1);
  private rolesFromHeader = false;
  /** A support column separated from the lead column by spaces only: first unit leads, the rest support. */
  private supportBySpaces = false;
  private row: Row | undefined;
  private lastSeq: number | undefined;
  private readonly seenSeqs = new Set<number>();
  private category: string | undefined;
  /** A section heading was read since the last row began: numbering may restart under it. */
  private sectionSinceRow = false;
  /** The input is HTML: lines left unread hold only markup. */
  html = false;
  /** The last line of the covering notice before the list (0: none). */
  noticeEnd = 0;
  /** Lines accounted as chrome while reading (reported together). */
  private readonly chromeLines: number[] = [];

  constructor(
    options: ParseTaskDivisionOptions,
    private readonly source: readonly string[],
  ) {
    this.kinds = new Uint8Array(source.length + 2);
    this.seqs = new Float64Array(source.length + 2);
    this.units = new UnitRegistry(
      options.jurisdictionId,
      options.unitIdPrefix ?? `${options.jurisdictionId}-u-`,
      options.knownUnits ?? [],
    );
    const taskIds = new Set<string>();
    this.ctx = {
      reportId: options.reportId,
      taskId: (seq) => {
        const base = `${options.reportId}-t${seq}`;
        let id = base;
        for (let n = 2; taskIds.has(id); n++) id = `${base}-${n}`;
        taskIds.add(id);
        return id;
      },
      resolve: (name) => this.units.resolve(name),
      splitNames: (cell) => splitUnitNames(cell, this.units.isKnown),
    };
  }

  /** Reads one logical line: a source line, or an HTML row spanning `line`..`endLine`. */
  feed(line: number, raw: string, cells: Cell[] | undefined, endLine: number): void {
    const norm = foldWidth(raw);
    if (line <= this.noticeEnd) {
      return this.mark(line, endLine, isChrome(norm) ? 'chrome' : 'notice');
    }
    // Rows start with their number; chrome, rules and headers never do, and they are short.
    const first = norm.trimStart().charCodeAt(0);
    const digitFirst = first >= 48 && first <= 57;
    if (!digitFirst && norm.length <= 200) {
      if (TABLE_RULE.test(norm)) return this.mark(line, endLine, 'header');
      if (isChrome(norm)) return this.mark(line, endLine, 'chrome');
    } else if (digitFirst && norm.length <= 40 && isChrome(norm)) return this.mark(line, endLine, 'chrome');
    const cellList = cells ?? splitCells(raw, norm);

    if (!digitFirst && norm.length <= 120 && HEADER_HINT.test(norm)) {
      const roles = readHeader(cellList ? cellList.map((c) => c.norm) : norm.trim().split(/\s+/));
      if (roles !== undefined) {
        this.header(line, roles, cellList === undefined, cellList ?? []);
        return this.mark(line, endLine, 'header');
      }
    }

    if (this.trySeqLine(line, raw, norm, cellList)) {
      if (endLine > line) this.mark(line + 1, endLine, 'task', this.row?.seq);
      return;
    }
    const flat = cellList ? cellList.map((c) => c.norm).join(' ') : norm;
    if (SECTION.test(flat)) {
      // A heading whose next line names its units is itself a task: （一）地区生产总值增长7% / 责任单位：…
      const next = this.nextLine(endLine);
      const heading = cellList === undefined ? sectionNumber(norm) : undefined;
      const body =
        heading === undefined
          ? undefined
          : { raw: raw.trim().slice(heading.length), norm: norm.trim().slice(heading.length) };
      const inline = body === undefined ? undefined : this.unitsInText(body.raw, body.norm, false);
      const labelNext = next !== undefined && LABEL_START.test(foldWidth(next));
      if (
        heading !== undefined &&
        body !== undefined &&
        (labelNext || (inline !== undefined && inline.parts.length > 0))
      ) {
        this.startRow(heading.value, line);
        const row = this.row as Row;
        appendText(row, inline === undefined ? body.raw : body.raw.slice(0, inline.textEnd), line, false);
        if (inline !== undefined) this.addParts(row, line, inline.parts);
        return this.mark(line, endLine, 'task', heading.value);
      }
      this.category = (cellList ? cellList.map((c) => c.raw).join(' ') : raw).trim();
      this.sectionSinceRow = true;
      return this.mark(line, endLine, 'section');
    }
    const row = this.row;
    if (row === undefined) {
      if (this.lastSeq === undefined && isTitle(norm)) return this.mark(line, endLine, 'header');
      this.warnLines(line, endLine, 'preamble', messages.preamble());
      return this.mark(line, endLine, 'diagnostic');
    }
    row.lastLine = endLine;
    if (cellList !== undefined && cellList.length > 1) {
      return this.mark(line, endLine, this.continueCells(row, line, cellList), row.seq);
    }
    // A table line with one filled cell (`|  | 区城管局 |`) continues the row like a plain line of that cell.
    const only = cellList?.length === 1 ? cellList[0] : undefined;
    const kind = this.continuePlain(row, line, only?.raw ?? raw.trim(), only?.norm ?? norm.trim());
    if (kind === 'diagnostic' && endLine > line)
      this.warnLines(line + 1, endLine, 'orphan-line', messages.orphan(row.seq));
    this.mark(line, endLine, kind, kind === 'diagnostic' ? undefined : row.seq);
  }

  /** The next non-blank source line after `line`, if any. */
  private nextLine(line: number): string | undefined {
    for (let i = line; i < this.source.length; i++) {
      const text = this.source[i] ?? '';
      if (NOT_BLANK.test(text)) return text;
    }
    return undefined;
  }

  private header(line: number, roles: ColumnRole[], bySpaces: boolean, cells: Cell[]): void {
    const first = !this.rolesFromHeader;
    this.cellRoles = roles.filter((role) => role !== 'seq');
    this.rolesFromHeader = true;
    const lead = roles.indexOf('lead');
    this.supportBySpaces = bySpaces && lead >= 0 && roles.indexOf('support') > lead;
    if (first) {
      if (this.supportBySpaces) this.warn(line, 'support-by-spaces', messages.supportBySpaces());
      const words = cells.length > 0 ? cells.map((c) => c.raw) : [];
      roles.forEach((role, i) => {
        if (role === 'ignore')
          this.warn(line, 'column-ignored', messages.columnIgnored(words[i] ?? `#${i + 1}`));
      });
    }
  }

  private trySeqLine(line: number, raw: string, norm: string, cells: Cell[] | undefined): boolean {
    let seq: number;
    let rest: Cell[] | undefined;
    let restRaw = '';
    let restNorm = '';
    if (cells !== undefined && cells.length > 0) {
      const head = cells[0] as Cell;
      const whole = CELL_SEQ.exec(head.norm);
      if (whole !== null) {
        seq = Number(whole[1]);
        rest = cells.slice(1);
      } else {
        const m = SEQ_START.exec(head.norm);
        if (m === null) return false;
        seq = Number(m[1] ?? m[2]);
        rest = [{ raw: head.raw.slice(m[0].length), norm: head.norm.slice(m[0].length) }, ...cells.slice(1)];
      }
    } else {
      const m = SEQ_START.exec(norm);
      if (m === null) return false;
      seq = Number(m[1] ?? m[2]);
      restRaw = raw.slice(m[0].length).trim();
      restNorm = norm.slice(m[0].length).trim();
    }
    if (seq < 1) return false;
    const tail = rest === undefined ? this.tailUnits(restRaw, restNorm) : undefined;
    const shaped = (rest !== undefined && rest.length > 1) || (tail !== undefined && tail.parts.length > 0);
    if (!this.acceptSeq(seq, shaped)) return false;

    this.startRow(seq, line);
    const row = this.row as Row;
    this.mark(line, line, 'task', seq);
    if (rest !== undefined) {
      this.rowCells(row, line, rest, false);
    } else if (tail !== undefined) {
      appendText(row, restRaw.slice(0, tail.textEnd), line, false);
      this.addParts(row, line, tail.parts);
    }
    return true;
  }

  /** Whether a number starting a line is the next 序号 (or a gap or repeat worth reporting). */
  private acceptSeq(seq: number, shaped: boolean): boolean {
    if (this.lastSeq === undefined) return true;
    const expected = this.lastSeq + 1;
    if (seq === expected) return true;
    if (seq === 1 && this.sectionSinceRow) return true;
    const row = this.row;
    const rowDone = row === undefined || row.lead.length > 0;
    if (!rowDone) return false;
    if (seq > expected) return shaped || seq - expected <= MAX_GAP;
    return shaped;
  }

  private startRow(seq: number, line: number): void {
    this.endRow();
    if (this.lastSeq === undefined) {
      if (seq !== 1) this.warn(line, 'seq-start', messages.seqStart(seq));
    } else if (seq === 1 && this.sectionSinceRow && this.category !== undefined) {
      this.warn(line, 'seq-restart', messages.seqRestart(seq, this.category));
      this.seenSeqs.clear();
    } else if (this.seenSeqs.has(seq)) {
      this.error(line, 'seq-duplicate', messages.seqDuplicate(seq));
    } else if (seq < this.lastSeq) {
      this.error(line, 'seq-backwards', messages.seqBackwards(seq, this.lastSeq));
    } else if (seq > this.lastSeq + 1) {
      this.warn(line, 'seq-gap', messages.seqGap(this.lastSeq, seq));
    }
    this.seenSeqs.add(seq);
    this.lastSeq = seq;
    this.sectionSinceRow = false;
    this.row = newRow(seq, line, this.category);
  }

  private endRow(): void {
    const row = this.row;
    if (row === undefined) return;
    this.row = undefined;
    const outcome = finishRow(row, this.ctx);
    if (outcome.task !== undefined) this.tasks.push(outcome.task);
    if (outcome.diagnostics.length > 0) this.diagnostics.push(...outcome.diagnostics);
    for (const { line, kind } of outcome.relabel) this.kinds[line] = kindCode(kind);
    if (outcome.dropped) {
      const code = kindCode('diagnostic');
      for (let line = row.line; line <= row.lastLine; line++)
        if (this.seqs[line] === row.seq) this.kinds[line] = code;
    }
  }

  /**
   * Units closing a task line: labelled (`牵头单位：…`), in a bracket (`（区发改局牵头）`), or
   * trailing names after the last spaces (`… 区住建局`; several only when each is confident).
   */
  private tailUnits(raw: string, norm: string): UnitsInText | undefined {
    const labelled = this.unitsInText(raw, norm, false);
    if (labelled !== undefined) return labelled;
    // Tokens from the end: the rightmost may be a possible name, those before it must be confident.
    let textEnd = raw.length;
    let unitStart = raw.length;
    let end = raw.length;
    let taken = 0;
    while (end > 0) {
      let start = end;
      while (start > 0 && !isSpace(raw.charCodeAt(start - 1))) start--;
      if (start === 0) break; // keep at least one token of text
      const token = raw.slice(start, end);
      const score = unitListScore(token, this.units.isKnown);
      // A sentence's last word before its full stop (…投资基金布局。) is a possible name only by its ending.
      if (score === 0 || (score === 1 && (taken > 0 || /[。.;；]$/.test(token)))) break;
      taken++;
      unitStart = start;
      end = start;
      while (end > 0 && isSpace(raw.charCodeAt(end - 1))) end--;
      textEnd = end;
    }
    if (taken === 0) return { textEnd: raw.length, parts: [] };
    return { textEnd, parts: [{ role: 'lead', value: raw.slice(unitStart) }] };
  }

  /** Units closing a line of text: labelled, in a bracket, or in a `由…负责落实` sentence. */
  private unitsInText(raw: string, norm: string, hasLeadLabel: boolean): UnitsInText | undefined {
    const isKnown = this.units.isKnown;
    return (
      labelledUnits(raw, norm, hasLeadLabel) ??
      bracketUnits(raw, norm, isKnown) ??
      byUnits(raw, norm, isKnown)
    );
  }

  /** Adds units read from a line to the row; returns the kind of the line if it held only units. */
  private addParts(row: Row, line: number, parts: UnitsInText['parts']): LineKind {
    let kind: LineKind = 'diagnostic';
    for (const part of parts) {
      if (part.role === 'ignore') {
        this.warn(line, 'field-ignored', messages.fieldIgnored(part.label ?? part.value));
        continue;
      }
      if (part.role === 'leader' || part.role === 'deadline') {
        if (part.value !== '')
          (part.role === 'leader' ? (row.leader ??= []) : (row.deadline ??= [])).push(part.value);
        if (kind === 'diagnostic') kind = 'field';
        continue;
      }
      if (part.label !== undefined && part.role === 'lead') row.hasLeadLabel = true;
      if (part.role === 'support') row.support.push(...splitUnitNames(part.value, this.units.isKnown));
      else if (part.label !== undefined) row.lead.push(...splitUnitNames(part.value, this.units.isKnown));
      else this.addUnitLine(row, part.value);
      if (kind !== 'lead-unit') kind = part.role === 'support' ? 'support-unit' : 'lead-unit';
    }
    return kind;
  }

  /**
   * Adds a line of unit names. When the support column is set apart by spaces only, the names before
   * the first space are the lead cell's and the rest the support cell's (the support cell shares the
   * line of the last lead unit), and once support units have begun the row's further lines are theirs.
   */
  private addUnitLine(row: Row, value: string): void {
    const isKnown = this.units.isKnown;
    if (!this.supportBySpaces) {
      for (const name of splitUnitNames(value, isKnown)) row.lead.push(name);
      return;
    }
    const split = (cell: string): string[] => splitUnitNames(cell, isKnown);
    if (row.support.length > 0) {
      row.support.push(...split(value));
      return;
    }
    const cell = value.trim();
    const gap = /\s+/.exec(cell);
    if (gap === null) {
      row.lead.push(...split(cell));
      return;
    }
    row.lead.push(...split(cell.slice(0, gap.index)));
    row.support.push(...split(cell.slice(gap.index + gap[0].length)));
  }

  /** The cells of a row (after its 序号), left-aligned to the header's columns. */
  private rowCells(row: Row, line: number, cells: Cell[], rightAligned: boolean): LineKind {
    const roles = this.cellRoles;
    const offset = rightAligned ? Math.max(0, roles.length - cells.length) : 0;
    let kind: LineKind = 'diagnostic';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as Cell;
      const role = roles[offset + i] ?? 'ignore';
      if (cell.raw === '' || role === 'ignore') continue;
      if (role === 'leader' || role === 'deadline') {
        (role === 'leader' ? (row.leader ??= []) : (row.deadline ??= [])).push(cell.raw.replace(/\s+/g, ' '));
        if (kind === 'diagnostic') kind = 'field';
        continue;
      }
      if (role === 'text') {
        const inner =
          labelledUnits(cell.raw, cell.norm, row.hasLeadLabel) ??
          bracketUnits(cell.raw, cell.norm, this.units.isKnown);
        const textRaw = inner === undefined ? cell.raw : cell.raw.slice(0, inner.textEnd);
        appendText(row, joinBrokenWords(textRaw.split('\n').reduce(joinWrapped, '')), line, false);
        if (inner !== undefined) this.addParts(row, line, inner.parts);
        kind = 'task';
        continue;
      }
      const names = splitUnitNames(cell.raw, this.units.isKnown);
      if (!this.rolesFromHeader && role === 'support' && unitListScore(cell.raw, this.units.isKnown) === 0) {
        this.warn(line, 'column-ignored', messages.columnIgnored(cell.raw));
        continue;
      }
      for (const name of names) {
        if (!this.units.isKnown(name) && unitNameScore(name) === 0) {
          this.warn(line, 'unusual-unit', messages.unusualUnit(name));
        }
      }
      if (role === 'support') row.support.push(...names);
      else row.lead.push(...names);
      if (kind === 'diagnostic') kind = role === 'support' ? 'support-unit' : 'lead-unit';
    }
    return kind;
  }

  private continueCells(row: Row, line: number, cells: Cell[]): LineKind {
    const kind = this.rowCells(row, line, cells, true);
    if (kind === 'lead-unit' || kind === 'support-unit') row.unitPhase = true;
    return kind;
  }

  private continuePlain(row: Row, line: number, raw: string, norm: string): LineKind {
    const isKnown = this.units.isKnown;
    if (LABEL_START.test(norm)) {
      const parts = labelledUnits(raw, norm, row.hasLeadLabel);
      row.unitPhase = true;
      return parts === undefined ? 'diagnostic' : this.addParts(row, line, parts.parts);
    }
    const hasUnits = row.unitPhase || row.lead.length > 0;
    if (hasUnits) {
      if (unitListScore(raw, isKnown) > 0 || this.supportCellLine(row, raw)) {
        this.addUnitLine(row, raw);
        return 'lead-unit';
      }
      this.warn(line, 'orphan-line', messages.orphan(row.seq));
      return 'diagnostic';
    }
    const inner = this.unitsInText(raw, norm, row.hasLeadLabel);
    if (inner !== undefined && inner.parts.length > 0) {
      appendText(row, raw.slice(0, inner.textEnd), line, false);
      this.addParts(row, line, inner.parts);
      row.unitPhase = true;
      return 'task';
    }
    const score = row.text === '' ? 0 : unitListScore(raw, isKnown);
    if (score === 2) {
      for (const { line: weakLine, kind } of promoteWeak(row, this.ctx.splitNames)) {
        this.kinds[weakLine] = kindCode(kind);
      }
      this.addUnitLine(row, raw);
      row.unitPhase = true;
      return 'lead-unit';
    }
    appendText(row, raw, line, score === 1);
    return 'task';
  }

  /**
   * A unit line whose support cell is a sentence (`区医保局 各镇街、区直有关单位，某某集团。`): the
   * lead cell before the first space is a unit name, and the support cell, kept as written, is read
   * into bodies where it can be.
   */
  private supportCellLine(row: Row, raw: string): boolean {
    if (!this.supportBySpaces || row.support.length > 0) return false;
    const gap = /\s+/.exec(raw.trim());
    if (gap === null) return false;
    const lead = raw.trim().slice(0, gap.index);
    return unitListScore(lead, this.units.isKnown) > 0 && !/[。；;]\S/.test(raw);
  }

  private mark(from: number, to: number, kind: LineKind, seq?: number): void {
    const code = kindCode(kind);
    if (kind === 'chrome') {
      for (let line = from; line <= to; line++) if (this.kinds[line] === 0) this.chromeLines.push(line);
    }
    for (let line = from; line <= to; line++) {
      if (this.kinds[line] !== 0) continue;
      this.kinds[line] = code;
      this.seqs[line] = seq ?? 0;
    }
  }

  private warn(line: number, code: string, message: Diagnostic['message']): void {
    this.diagnostics.push({ line, severity: 'warning', code, message });
  }

  /** A warning on each non-blank line of a logical line (an HTML row may span several). */
  private warnLines(from: number, to: number, code: string, message: Diagnostic['message']): void {
    for (let line = from; line <= to; line++) {
      if (NOT_BLANK.test(this.source[line - 1] ?? '')) this.warn(line, code, message);
    }
  }

  private firstNonBlank(): number {
    for (let i = 0; i < this.source.length; i++) if (NOT_BLANK.test(this.source[i] ?? '')) return i + 1;
    return 1;
  }

  private error(line: number, code: string, message: Diagnostic['message']): void {
    this.diagnostics.push({ line, severity: 'error', code, message });
  }

  finish(): TaskDivisionResult {
    const lines = this.source;
    this.ctx.last = true;
    this.endRow();
    if (this.chromeLines.length > 0) {
      const first = this.chromeLines[0] as number;
      this.warn(first, 'web-chrome', messages.chrome(this.chromeLines.length, lineRanges(this.chromeLines)));
    }
    if (this.noticeEnd > 0) {
      const from = this.firstNonBlank();
      if (from <= this.noticeEnd) this.warn(from, 'notice', messages.notice(from, this.noticeEnd));
    }
    if (this.tasks.length === 0) this.error(1, 'no-tasks', messages.noTasks());
    const accounts: LineAccount[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!NOT_BLANK.test(lines[i] ?? '')) continue;
      const line = i + 1;
      let kind = LINE_KINDS[(this.kinds[line] ?? 0) - 1];
      if (kind === undefined) {
        // Only bare markup (an HTML line of tags) should reach here unread; anything else is reported.
        kind = this.html ? 'chrome' : 'diagnostic';
        if (!this.html) this.warn(line, 'preamble', messages.preamble());
      }
      const seq = this.seqs[line] ?? 0;
      accounts.push(seq === 0 ? { line, kind } : { line, kind, seq });
    }
    this.diagnostics.sort((a, b) => a.line - b.line);
    return { tasks: this.tasks, units: this.units.used, diagnostics: this.diagnostics, lines: accounts };
  }
}

const LINE_KINDS: readonly LineKind[] = [
  'task',
  'lead-unit',
  'support-unit',
  'field',
  'header',
  'section',
  'notice',
  'chrome',
  'diagnostic',
];

/** `1, 2, 3, 7, 9` → `1–3、7、9`. */
function lineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && (lines[j + 1] as number) === (lines[j] as number) + 1) j++;
    parts.push(j > i ? `${lines[i]}–${lines[j]}` : String(lines[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

function kindCode(kind: LineKind): number {
  return LINE_KINDS.indexOf(kind) + 1;
}

/**
 * Cells of a tab- or pipe-separated line, sliced from the original text (the folded text finds the
 * separators). An empty cell between two others keeps its place, so the cells after it stay under
 * their headers; empty cells at either end are dropped (a continuation line is right-aligned).
 */
function splitCells(raw: string, norm: string): Cell[] | undefined {
  const sep = norm.includes('\t') ? '\t' : norm.includes('|') ? '|' : undefined;
  if (sep === undefined) return undefined;
  const cells: Cell[] = [];
  let start = 0;
  let filled = 0;
  for (;;) {
    const end = norm.indexOf(sep, start);
    const stop = end < 0 ? norm.length : end;
    const cellNorm = norm.slice(start, stop).trim();
    if (cellNorm !== '' || cells.length > 0)
      cells.push({ raw: raw.slice(start, stop).trim(), norm: cellNorm });
    if (cellNorm !== '') filled = cells.length;
    if (end < 0) {
      cells.length = filled;
      return cells;
    }
    start = end + 1;
  }
}
