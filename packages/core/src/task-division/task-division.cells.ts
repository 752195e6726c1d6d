import type { Cell } from './task-division.html.js';
import { readHeader } from './task-division.lines.js';
import { foldWidth } from './task-division.width.js';

/*
 * Tables copied out of some PDFs and web pages come one cell per line, each cell ending in `|` or a
 * tab, with nothing between rows but the next 序号:
 *
 *   序号 |
 *   重点任务 |
 *   牵头单位 |
 *   1 |
 *   推进数字政府建设 |
 *   区政务和数据局 |
 *
 * A cell whose text wraps has lines that do not end in the separator; they belong to the cell that
 * the next separator closes.
 */

/** A logical line for the parser: a header or a row put back together, or a line outside the table. */
export interface CellRow {
  line: number;
  endLine: number;
  raw: string;
  cells?: Cell[];
}

const CLOSED = /[|｜\t]\s*$/;
const SEPARATOR_INSIDE = /[|｜\t]/;
const BARE_SEQ = /^\(?\d{1,6}\)?[.、]?$/;
/** Below this many one-cell lines, a table is not laid out this way. */
const MIN_CELL_LINES = 6;

/** The last character that is not a space: `|`, `｜` or a tab closes a cell. */
function endsClosed(raw: string): boolean {
  let i = raw.length - 1;
  while (i >= 0 && raw.charCodeAt(i) === 32) i--;
  const code = raw.charCodeAt(i);
  return code === 124 || code === 0xff5c || code === 9;
}

/** A cheap look at the first lines: most of them must close a cell for the full pass to be worth it. */
function looksCellPerLine(lines: readonly string[]): boolean {
  let seen = 0;
  let closedLines = 0;
  for (let i = 0; i < lines.length && seen < 80; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    seen++;
    if (endsClosed(raw)) closedLines++;
  }
  return closedLines >= MIN_CELL_LINES && closedLines * 3 >= seen;
}

function closed(raw: string): boolean {
  return CLOSED.test(raw.replace(/ +$/, '')) && raw.trim() !== '';
}

/** The cell text of a line without its closing separator. */
function cellText(raw: string): string {
  return raw.replace(/[|｜\t][ \t]*$/, '').trim();
}

/**
 * Puts a one-cell-per-line table back together, or returns undefined when the text is not laid out
 * that way (most closed lines must hold a single cell).
 */
export function cellPerLineRows(lines: readonly string[]): CellRow[] | undefined {
  if (!looksCellPerLine(lines)) return undefined;
  let single = 0;
  let nonBlank = 0;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    nonBlank++;
    if (closed(raw) && !SEPARATOR_INSIDE.test(cellText(raw).replace(/^[|｜]\s*/, ''))) {
      single++;
      if (start < 0) start = i;
    }
  }
  if (single < MIN_CELL_LINES || start < 0) return undefined;
  let after = 0;
  for (let i = start; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') after++;
  if (single < after * 0.6 || nonBlank === 0) return undefined;

  const out: CellRow[] = [];
  for (let i = 0; i < start; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() !== '') out.push({ line: i + 1, endLine: i + 1, raw });
  }
  // The cells in order, each with the lines it spans.
  const cells: { cell: Cell; line: number; endLine: number }[] = [];
  let pieces: string[] = [];
  let from = -1;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    if (from < 0) from = i + 1;
    const isClosed = closed(raw);
    pieces.push(isClosed ? cellText(raw) : raw.trim());
    if (isClosed) {
      const text = pieces.filter((p) => p !== '').join('\n');
      cells.push({ cell: { raw: text, norm: foldWidth(text) }, line: from, endLine: i + 1 });
      pieces = [];
      from = -1;
    }
  }
  if (pieces.length > 0 && from > 0) {
    const text = pieces.join('\n');
    cells.push({ cell: { raw: text, norm: foldWidth(text) }, line: from, endLine: lines.length });
  }

  const flush = (group: typeof cells): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) return;
    const rowCells = group.map((g) => g.cell);
    out.push({
      line: first.line,
      endLine: last.endLine,
      raw: rowCells.map((c) => c.raw.replace(/\n/g, ' ')).join('\t'),
      cells: rowCells,
    });
  };
  let group: typeof cells = [];
  let headerDone = false;
  let width = 0;
  for (const entry of cells) {
    const seq = BARE_SEQ.test(entry.cell.norm.trim());
    if (!headerDone) {
      if (!seq) {
        group.push(entry);
        continue;
      }
      headerDone = true;
      const roles = readHeader(group.map((g) => g.cell.norm));
      if (roles !== undefined) {
        width = roles.length;
        flush(group);
      } else for (const g of group) flush([g]);
      group = [entry];
      continue;
    }
    // A row ends at the next 序号, or when it has as many cells as the header.
    if ((seq && group.length >= 2) || (width > 0 && group.length >= width)) {
      flush(group);
      group = [];
    }
    group.push(entry);
  }
  if (!headerDone) for (const g of group) flush([g]);
  else flush(group);
  return out;
}
