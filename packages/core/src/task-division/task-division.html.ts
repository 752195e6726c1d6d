import { foldWidth } from './task-division.width.js';

/** One cell of a table row: the text as written and its width-folded form. Wrapped pieces are split by `\n`. */
export interface Cell {
  raw: string;
  norm: string;
}

/** A logical line of an HTML table pasted as text: a row (with cells) or the text outside the table on one line. */
export interface HtmlLine {
  /** The first line it comes from. */
  line: number;
  /** The last line it comes from (a row may span several). */
  endLine: number;
  raw: string;
  cells?: Cell[];
}

/** Whether the text holds an HTML table. */
export const HAS_HTML_TABLE = /<t[dh][\s>]/i;

const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>/g;
const BLOCK = /^(?:br|p|div|li|ul|ol|h[1-6])$/i;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;
const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  emsp: ' ',
  ensp: ' ',
};

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[(name ?? '').toLowerCase()] ?? whole;
  });
}

function toCell(content: string): Cell {
  const pieces = decode(content)
    .split('\n')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const raw = pieces.join('\n');
  return { raw, norm: foldWidth(raw) };
}

/**
 * Turns HTML into logical lines: each `<tr>` becomes one line of cells (wherever its tags and
 * line breaks fall), and text outside rows stays on its own line with the tags removed. Lines
 * holding only markup yield nothing; the parser accounts them as chrome.
 */
export function htmlLines(text: string): HtmlLine[] {
  const out: HtmlLine[] = [];
  const outside = new Map<number, string>();
  let line = 1;
  let pos = 0;
  let row: { start: number; cells: Cell[] } | undefined;
  let cell: string | undefined;

  const addText = (segment: string): void => {
    let start = 0;
    for (;;) {
      const nl = segment.indexOf('\n', start);
      const chunk = segment.slice(start, nl < 0 ? segment.length : nl);
      if (cell !== undefined) cell += chunk;
      else if (row === undefined && chunk.trim() !== '') outside.set(line, (outside.get(line) ?? '') + chunk);
      if (nl < 0) return;
      if (cell !== undefined) cell += '\n';
      line++;
      start = nl + 1;
    }
  };
  const closeCell = (): void => {
    if (row !== undefined && cell !== undefined) row.cells.push(toCell(cell));
    cell = undefined;
  };
  const closeRow = (): void => {
    closeCell();
    if (row !== undefined && row.cells.some((c) => c.raw !== '')) {
      const raw = row.cells.map((c) => c.raw.replace(/\n/g, ' ')).join('\t');
      out.push({ line: row.start, endLine: line, raw, cells: row.cells });
    }
    row = undefined;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    addText(text.slice(pos, m.index));
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'tr' || name === 'table' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
      closeRow();
      if (name === 'tr' && !closing) row = { start: line, cells: [] };
    } else if (name === 'td' || name === 'th') {
      closeCell();
      if (!closing) {
        if (row === undefined) row = { start: line, cells: [] };
        cell = '';
      }
    } else if (BLOCK.test(name) && cell !== undefined) cell += '\n';
    // A tag may itself span lines.
    for (let i = m[0].indexOf('\n'); i >= 0; i = m[0].indexOf('\n', i + 1)) {
      if (cell !== undefined) cell += '\n';
      line++;
    }
    pos = m.index + m[0].length;
  }
  addText(text.slice(pos));
  closeRow();

  for (const [at, raw] of outside) {
    const decoded = decode(raw).trim();
    if (decoded !== '') out.push({ line: at, endLine: at, raw: decoded });
  }
  return out.sort((a, b) => a.line - b.line);
}
