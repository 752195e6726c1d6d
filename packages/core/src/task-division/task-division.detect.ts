import { LABEL_START, readHeader, sectionNumber, SEQ_START } from './task-division.lines.js';
import { unitListScore } from './task-division.units.js';
import { foldWidth } from './task-division.width.js';

const SAMPLE_LINES = 2000;
/** A title that names a division of tasks: 任务分工, 责任分解, 分工方案, 任务分解表, 责任清单. */
const LIST_TITLE = /分工|分解|任务清单|责任清单/;
/** A cell closed by `|`, `｜` or a tab at the line end (one cell per line). */
const CLOSED_CELL = /^([^|｜\t]+?)\s*[|｜\t]\s*$/;
const LAST_TOKEN = /(\S+)\s*$/;
const noneKnown = (): boolean => false;

/**
 * How much a text looks like a 重点任务责任分工 list, from 0 to 1: a column header
 * (序号 重点任务 牵头单位), numbers running 1, 2, 3 … at line starts, and lines ending in unit
 * names or labelled `牵头单位：`. Prose reports score low: few numbered lines, long lines, no
 * units at line ends. Reads at most the first 2000 lines.
 */
export function detectTaskDivision(text: string): number {
  let header = false;
  let nonBlank = 0;
  let long = 0;
  let run = 0;
  let last = 0;
  let unitEnds = 0;
  let scanned = 0;
  let start = 0;
  let titled = false;
  let headings = 0;
  let lastHeading = 0;
  let labelled = 0;
  let cellRun: string[] = [];
  while (start <= text.length && scanned < SAMPLE_LINES) {
    const nl = text.indexOf('\n', start);
    const raw = text.slice(start, nl < 0 ? text.length : nl);
    start = nl < 0 ? text.length + 1 : nl + 1;
    scanned++;
    const norm = foldWidth(raw).trim();
    if (norm === '') continue;
    nonBlank++;
    if (norm.length > 160) long++;
    if (!header && norm.length < 80) {
      const cells = norm.split(/\s*[\t|]\s*|\s+/).filter((cell) => cell !== '');
      if (readHeader(cells) !== undefined) header = true;
    }
    if (!titled && nonBlank <= 30 && norm.length <= 120 && LIST_TITLE.test(norm) && !/[。;，,]$/.test(norm))
      titled = true;
    // A header laid out one cell per line: 序号 | / 重点任务 | / 牵头单位 | before the first 序号.
    const cell = CLOSED_CELL.exec(norm)?.[1];
    if (cell !== undefined && !header) {
      if (/^\d{1,6}$/.test(cell)) {
        if (cellRun.length >= 2 && readHeader(cellRun) !== undefined) header = true;
        cellRun = [];
      } else if (cellRun.length < 12) cellRun.push(cell);
    } else cellRun = [];
    // Items numbered as headings: （一）地区生产总值增长7% / 责任单位：…
    const heading = sectionNumber(norm);
    if (heading !== undefined) {
      if (heading.value === lastHeading + 1) headings++;
      lastHeading = heading.value;
    }
    const m = SEQ_START.exec(norm);
    if (m !== null) {
      const n = Number(m[1] ?? m[2]);
      if (n === last + 1) run++;
      last = n;
    }
    if (LABEL_START.test(norm)) {
      unitEnds++;
      labelled++;
    } else {
      const tail = LAST_TOKEN.exec(norm.replace(/[|]\s*$/, ''));
      if (tail !== null && unitListScore(tail[1] ?? '', noneKnown) > 0) unitEnds++;
    }
  }
  if (nonBlank === 0) return 0;
  // Headings used as items count as numbering only where units are labelled under them.
  const items = run + (labelled > 0 ? Math.min(headings, labelled) : 0);
  const numbered = Math.min(1, items / 5);
  const unitShare = items === 0 ? 0 : Math.min(1, unitEnds / items);
  // A header row is the strongest sign; a title that names a division of tasks stands in for it.
  const head = header ? (titled ? 0.5 : 0.35) : titled ? 0.3 : 0;
  const score = head + 0.35 * numbered + 0.3 * unitShare * numbered - 0.6 * (long / nonBlank);
  return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
}
