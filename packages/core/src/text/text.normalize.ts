/**
 * Text normalisation for reading figures out of documents copied from PDFs and web pages: full-width
 * digits and signs (`５．５％`), subscripts (`PM₁₀`) and the spaces and line breaks that extraction
 * leaves inside and around figures (`1.2 亿人次`, `增长 4.0%`, `24.3\n万户`).
 */

/** A normalised text and, for each of its characters, the index of that character in the original. */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * `offsets[i]` is the index in the original text of normalised character `i`; `offsets[text.length]`
   * is the original length, so a normalised span `[s, e)` is `[offsets[s], offsets[e - 1] + 1)`.
   */
  offsets: Int32Array;
}

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const FULL_WIDTH_COMMA = 0xff0c;

/**
 * Folds full-width ASCII (`５．５％`, `ＧＤＰ`, `，`) to half-width and the ideographic space to a
 * space. Every character maps to exactly one character, so offsets are unchanged.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped = -1;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) mapped = code - FULL_WIDTH_SHIFT;
    else if (code === IDEOGRAPHIC_SPACE) mapped = 0x20;
    if (mapped === -1) continue;
    out += text.slice(from, i) + String.fromCharCode(mapped);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Characters folded for figure reading beyond full-width ASCII: signs, subscripts, small forms. */
const EXTRA_FOLDS: ReadonlyMap<number, string> = new Map([
  [0x2212, '-'], // − minus sign
  [0xfe63, '-'], // ﹣ small hyphen-minus
  [0xfe6a, '%'], // ﹪ small percent
  [0x2030, '‰'],
  [0x00a0, ' '], // no-break space
  [0x2080, '0'],
  [0x2081, '1'],
  [0x2082, '2'],
  [0x2083, '3'],
  [0x2084, '4'],
  [0x2085, '5'],
  [0x2086, '6'],
  [0x2087, '7'],
  [0x2088, '8'],
  [0x2089, '9'],
]);

function foldChar(code: number): string | undefined {
  // The full-width comma stays: folded to `,` it would read as a thousands separator in `3，100`.
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST && code !== FULL_WIDTH_COMMA) {
    return String.fromCharCode(code - FULL_WIDTH_SHIFT);
  }
  if (code === IDEOGRAPHIC_SPACE) return ' ';
  return EXTRA_FOLDS.get(code);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Normalises a text for reading figures, keeping a map back to the original:
 * - full-width digits, letters and signs become half-width (`５．５％` → `5.5%`; `，` is kept), the
 *   minus sign becomes `-`, subscript digits become digits (`PM₁₀` → `PM10`);
 * - a run of spaces or line breaks is removed where it touches a figure (`增长 4.0%` → `增长4.0%`,
 *   `1.2 亿人次` → `1.2亿人次`, `24.3\n万户` → `24.3万户`), except between two digits (two figures
 *   stay two, and `6. 8` is a list number then a figure), after a Latin letter (`AEO 42` keeps its space) and where it holds a tab (a column
 *   separator in tables).
 */
export function normalizeFigureText(input: string): NormalizedText {
  const n = input.length;
  // Pass 1: fold characters one to one.
  let folded = '';
  let from = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    // ASCII and CJK ideographs, nearly all of a document, never fold.
    if (code < 0xa0 || (code >= 0x3400 && code <= 0x9fff)) continue;
    const mapped = foldChar(code);
    if (mapped === undefined) continue;
    folded += input.slice(from, i) + mapped;
    from = i + 1;
  }
  folded = from === 0 ? input : folded + input.slice(from);

  // Pass 2: drop whitespace runs that touch a figure.
  const offsets = new Int32Array(n + 1);
  let out = '';
  let outLen = 0;
  let keepFrom = 0;
  let i = 0;
  while (i < n) {
    if (!isSpace(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasTab = false;
    while (i < n && isSpace(folded.charCodeAt(i))) {
      if (folded.charCodeAt(i) === 0x09) hasTab = true;
      i++;
    }
    if (hasTab || start === 0 || i === n) continue;
    const before = folded.charCodeAt(start - 1);
    const after = folded.charCodeAt(i);
    const afterStartsFigure =
      isDigit(after) || ((after === 0x2d || after === 0x2b) && isDigit(folded.charCodeAt(i + 1)));
    const beforeEndsFigure = isDigit(before) || before === 0x25 || before === 0x2030;
    if ((isDigit(before) || before === 0x2e || before === 0x2c) && isDigit(after)) continue;
    if (!(beforeEndsFigure || (afterStartsFigure && !isLatin(before)))) continue;
    // Remove [start, i): copy the kept part before it, recording where each character came from.
    for (let k = keepFrom; k < start; k++) offsets[outLen++] = k;
    out += folded.slice(keepFrom, start);
    keepFrom = i;
  }
  if (keepFrom === 0) {
    for (let k = 0; k <= n; k++) offsets[k] = k;
    return { text: folded, offsets };
  }
  for (let k = keepFrom; k < n; k++) offsets[outLen++] = k;
  out += folded.slice(keepFrom);
  offsets[outLen] = n;
  return { text: out, offsets: offsets.subarray(0, outLen + 1) };
}

/** The original span `[start, end)` of the normalised span `[start, end)` (end exclusive, non-empty). */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const s = normalized.offsets[start] ?? 0;
  const e = (normalized.offsets[end - 1] ?? s) + 1;
  return [s, e];
}
