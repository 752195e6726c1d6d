import { LABEL_START, readHeader, SEQ_START } from './task-division.lines.js';
import { unitListScore } from './task-division.units.js';
import { foldWidth } from './task-division.width.js';

const SAMPLE_LINES = 2000;
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
    const m = SEQ_START.exec(norm);
    if (m !== null) {
      const n = Number(m[1] ?? m[2]);
      if (n === last + 1) run++;
      last = n;
    }
    if (LABEL_START.test(norm)) unitEnds++;
    else {
      const tail = LAST_TOKEN.exec(norm.replace(/[|]\s*$/, ''));
      if (tail !== null && unitListScore(tail[1] ?? '', noneKnown) > 0) unitEnds++;
    }
  }
  if (nonBlank === 0) return 0;
  const numbered = Math.min(1, run / 5);
  const unitShare = run === 0 ? 0 : Math.min(1, unitEnds / run);
  const score = (header ? 0.35 : 0) + 0.35 * numbered + 0.3 * unitShare * numbered - 0.6 * (long / nonBlank);
  return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
}
