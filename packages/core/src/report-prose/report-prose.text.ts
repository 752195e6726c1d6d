import { isBareNumber, noiseReason } from './report-prose.noise.js';
import type { IgnoredLine } from './report-prose.types.js';

/** A paragraph of the prepared text: lines joined back together after PDF or web wrapping. */
export interface ProseParagraph {
  /** Offset of the paragraph in the prepared text. */
  start: number;
  /** Offset just past the paragraph in the prepared text. */
  end: number;
  /** The 1-based line of the original where the paragraph starts. */
  line: number;
  /** A heading (一、…, （二）…, 第三章 …) or a notes heading (附件, 名词解释). */
  heading: 'section' | 'notes' | undefined;
}

/**
 * A report's text made readable: noise lines left out, wrapped lines joined, spaces inside figures
 * removed, full-width Latin letters, digits and punctuation folded to ASCII, subscripts written out
 * (`PM_{2.5}`, `PM₁₀` → `PM2.5`, `PM10`). Every character keeps the offset it came from, so a
 * finding in `text` can be quoted from the original exactly.
 */
export interface PreparedProse {
  /** The original text. */
  source: string;
  /** The prepared text; paragraphs are separated by `\n`. */
  text: string;
  /** `origin[i]` is the offset in `source` of `text[i]`. */
  origin: number[];
  paragraphs: ProseParagraph[];
  /** Lines left out, with their reason. */
  ignored: IgnoredLine[];
  /** Offsets in `source` where each line starts (index 0 is line 1). */
  lineStarts: number[];
}

interface RawLine {
  line: number;
  start: number;
  text: string;
}

function splitLines(source: string): RawLine[] {
  const lines: RawLine[] = [];
  const breaker = /\r\n|[\r\n\f\u2028\u2029]/g;
  let start = 0;
  let line = 1;
  for (let m = breaker.exec(source); m; m = breaker.exec(source)) {
    lines.push({ line, start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
    line += 1;
  }
  lines.push({ line, start, text: source.slice(start) });
  return lines;
}

const TERMINAL = /[。！？!?；;：:]$/;
const CLOSERS = /[”"’')）」』】\]]+$/;
const SECTION_HEADING =
  /^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分篇])/;
const NOTES_HEADING = /^(附件|附录|名词解释|注释|附注)\s*[:：]?\s*$/;
const UNIT_START = /^\s*[\d.．%％万亿千百个家户人元项件场支名套所间栋次年月日]/;
const FIGURE_LEAD_END = /(增长|增至|达到|达|为|超|超过|突破|实现|完成|下降|共|约|近|\d|\.)\s*$/;

function headingKind(text: string): ProseParagraph['heading'] {
  const t = text.trim();
  if (NOTES_HEADING.test(t)) return 'notes';
  if (SECTION_HEADING.test(t) && t.length <= 60) return 'section';
  return undefined;
}

function endsParagraph(text: string): boolean {
  return TERMINAL.test(text.trim().replace(CLOSERS, ''));
}

const isLatinOrDigit = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /[\s\u3000\u00a0]/.test(ch);

/** Folds one character: full-width ASCII to ASCII, subscript digits to digits. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x2080 && code <= 0x2089) return String.fromCharCode(code - 0x2080 + 48);
  return ch;
}

/** Appends one line's characters, normalised, to the output. */
function appendLine(
  out: { text: string[]; origin: number[] },
  raw: RawLine,
  trimStart: number,
  trimEnd: number,
) {
  const s = raw.text;
  let inSubscript = false;
  for (let i = trimStart; i < trimEnd; i++) {
    const ch = foldChar(s[i] ?? '');
    if (ch === '\ufeff') continue;
    if (isSpace(ch)) {
      // Spaces are PDF artefacts in Chinese prose (`增长 4.0%`, `24.3 万户`); between two Latin
      // words they separate words (`Economic Operator`) and are kept as one.
      let j = i;
      while (j + 1 < trimEnd && isSpace(foldChar(s[j + 1] ?? ''))) j++;
      const prev = out.text[out.text.length - 1];
      const next = foldChar(s[j + 1] ?? '');
      if ((isLatin(prev) && isLatinOrDigit(next)) || (isLatinOrDigit(prev) && isLatin(next))) {
        out.text.push(' ');
        out.origin.push(raw.start + i);
      }
      i = j;
      continue;
    }
    // PM_{2.5} and PM_2.5 are how subscripts survive copying: keep the digits, drop the markup.
    if (ch === '_' && isLatin(out.text[out.text.length - 1])) {
      if (foldChar(s[i + 1] ?? '') === '{') {
        inSubscript = true;
        i++;
      }
      continue;
    }
    if (ch === '}' && inSubscript) {
      inSubscript = false;
      continue;
    }
    out.text.push(ch);
    out.origin.push(raw.start + i);
  }
}

/** Prepares a report's text for reading; see {@link PreparedProse}. */
export function prepareProse(source: string): PreparedProse {
  const lines = splitLines(source);
  const out = { text: [] as string[], origin: [] as number[] };
  const paragraphs: ProseParagraph[] = [];
  const ignored: IgnoredLine[] = [];
  let previous: string | undefined;
  let current: ProseParagraph | undefined;

  lines.forEach((raw, index) => {
    const trimmed = raw.text.trim();
    if (trimmed === '' || trimmed === '\ufeff') return;
    let reason = noiseReason(trimmed);
    if (!reason && isBareNumber(trimmed)) {
      // A number alone on a line is a page number unless the text around it reads through it.
      const next = lines.slice(index + 1).find((l) => l.text.trim() !== '');
      const readsOn = (next && UNIT_START.test(next.text)) || (previous && FIGURE_LEAD_END.test(previous));
      if (!readsOn) reason = 'page-number';
    }
    if (reason) {
      ignored.push({ line: raw.line, offset: raw.start + raw.text.indexOf(trimmed), text: trimmed, reason });
      return;
    }
    const kind = headingKind(trimmed);
    const join =
      current !== undefined &&
      previous !== undefined &&
      !endsParagraph(previous) &&
      !kind &&
      !current.heading;
    if (!join) {
      if (current) {
        current.end = out.text.length;
        out.text.push('\n');
        out.origin.push(raw.start);
      }
      current = { start: out.text.length, end: out.text.length, line: raw.line, heading: kind };
      paragraphs.push(current);
    }
    const lead = raw.text.length - raw.text.trimStart().length;
    appendLine(out, raw, lead, lead + trimmed.length);
    previous = trimmed;
  });
  if (current) current.end = out.text.length;

  const lineStarts = lines.map((l) => l.start);
  return { source, text: out.text.join(''), origin: out.origin, paragraphs, ignored, lineStarts };
}

/** The 1-based line of an offset in the original text. */
export function lineAt(prepared: PreparedProse, offset: number): number {
  const starts = prepared.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The original words behind a span `[start, end)` of the prepared text: the quote as written (with
 * any line breaks and spaces the original has there) and its offset.
 */
export function quoteOf(
  prepared: PreparedProse,
  start: number,
  end: number,
): { quote: string; offset: number } {
  const first = prepared.origin[start] ?? 0;
  const last = prepared.origin[Math.max(start, end - 1)] ?? first;
  const quote = prepared.source.slice(first, last + 1);
  return { quote, offset: first };
}
