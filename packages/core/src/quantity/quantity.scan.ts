/**
 * Finds the quantity phrases of a normalised text: each figure with its scale, unit, range, the
 * comparator and change words around it. Works on the output of `normalizeFigureText`; the caller
 * maps spans back to the original text.
 */
import {
  CLAUSE_QUALIFIERS,
  CLAUSE_STOPS,
  CLAUSE_WINDOW,
  DECLINE_VERBS,
  FIGURE_RE,
  MORE_RE,
  PREFIX_RE,
  PREFIX_WINDOW,
  RANGE_RE,
  SCALE_RE,
  SUFFIX_GROWTH_RE,
  SUFFIX_RE,
  UNIT_RE,
  WORD_QUALIFIERS,
} from './quantity.lexicon.js';
import { decodeChineseNumeral } from './quantity.numerals.js';
import type { Quantity, QuantityQualifier } from './quantity.types.js';

/** A quantity as found, before its fields are finalised (lists share units and verbs later). */
export interface RawQuantity {
  /** Start of the phrase (its prefix words included) and end, in the normalised text. */
  start: number;
  end: number;
  /** Start of the figure itself. */
  figureStart: number;
  /** The figure as a decimal string (`'1.07'`, `'-2.1'`, `'11'` for `十一`). */
  figure: string;
  maxFigure?: string;
  scaleWord: Quantity['scale']['word'];
  baseUnit: string;
  /** The change verb before the figure (`增长`, `下降`), unless followed by 至/到 (a level). */
  verb?: 'growth' | 'decline';
  basis?: 'comparable' | 'nominal';
  suffixGrowth: boolean;
  /** Qualifier from a comparator word before the figure, from 余/多, and after the unit. */
  prefixQualifier?: QuantityQualifier;
  moreQualifier?: QuantityQualifier;
  suffixQualifier?: QuantityQualifier;
  clauseQualifiers: readonly QuantityQualifier[];
  kind: 'figure' | 'multiple' | 'two-digit';
  /** A Chinese numeral with no measure word, or a lone 一: a number only when nothing better is there. */
  weak: boolean;
}

/** `find`: every quantity of a running text, strict about bare numbers; `phrase`: one cell or phrase. */
export type ScanMode = 'find' | 'phrase';

/** A figure right after an opening quote is a name: `“1310”具体部署`, `“10号直通车”`. Brackets hold figures. */
const OPENERS = new Set([...'“"‘\'《〔【[']);
const IDENTIFIER_BEFORE = /[A-Za-z_{+.\d]/;
const ALNUM = /[A-Za-z0-9]/;
const NOT_AFTER_SIGN = /[A-Za-z0-9%)）号]/;
const DATE_RE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/y;
const NAME_FOLLOWERS = new Set([...'号月日版']);
/** After a Chinese numeral these are ordinals: `二十届`, `四次会议`. */
const CHINESE_ORDINAL_UNITS = new Set(['届', '次']);
const NUMERAL_POWERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };
const CN_TRAILING_SCALE = /(万亿|亿|万)$/;

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

const NONE: readonly QuantityQualifier[] = [];

function clauseQualifiers(text: string, before: number): readonly QuantityQualifier[] {
  const limit = Math.max(0, before - CLAUSE_WINDOW);
  let b = before - 1;
  while (b >= limit && !CLAUSE_STOPS.has(text.charCodeAt(b))) b--;
  if (before - (b + 1) < 2) return NONE;
  const clause = text.slice(b + 1, before);
  let found: QuantityQualifier[] | undefined;
  for (const [word, qualifier] of CLAUSE_QUALIFIERS) {
    if (clause.includes(word)) (found ??= []).push(qualifier);
  }
  return found ?? NONE;
}

interface Prefix {
  start: number;
  verb?: 'growth' | 'decline';
  basis?: 'comparable' | 'nominal';
  qualifier?: QuantityQualifier;
}

function readPrefix(text: string, figureStart: number, floor: number): Prefix {
  const windowStart = Math.max(floor, figureStart - PREFIX_WINDOW);
  const match = PREFIX_RE.exec(text.slice(windowStart, figureStart));
  if (!match || match[0] === '') return { start: figureStart };
  const [, basis, verb, to, cmp] = match;
  const prefix: Prefix = { start: windowStart + match.index };
  if (verb && !to) prefix.verb = DECLINE_VERBS.has(verb) ? 'decline' : 'growth';
  if (basis) prefix.basis = basis === '可比' ? 'comparable' : 'nominal';
  if (cmp) prefix.qualifier = WORD_QUALIFIERS.get(cmp);
  return prefix;
}

/** Reads the scale, 余/多 and unit after a figure ending at `at`. */
function readTail(text: string, at: number, scaleWord: Quantity['scale']['word']) {
  let p = at;
  let scale = scaleWord;
  if (scale === '') {
    const m = stickyMatch(SCALE_RE, text, p);
    if (m) {
      scale = m[0] as Quantity['scale']['word'];
      p += m[0].length;
    }
  }
  const more = stickyMatch(MORE_RE, text, p);
  if (more) p += 1;
  const unit = stickyMatch(UNIT_RE, text, p);
  if (unit) p += unit[0].length;
  return { end: p, scale, more: more !== null, baseUnit: unit ? unit[0] : '' };
}

function readSuffix(text: string, at: number) {
  let p = at;
  const suffix = stickyMatch(SUFFIX_RE, text, p);
  if (suffix) p += suffix[0].length;
  const growth = stickyMatch(SUFFIX_GROWTH_RE, text, p);
  if (growth) p += growth[0].length;
  return { end: p, qualifier: suffix ? WORD_QUALIFIERS.get(suffix[0]) : undefined, growth: growth !== null };
}

/** Scans a normalised text for quantity phrases, in order, without overlaps. */
export function scanQuantities(text: string, mode: ScanMode): RawQuantity[] {
  const found: RawQuantity[] = [];
  const find = mode === 'find';
  let floor = 0;
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m !== null; m = FIGURE_RE.exec(text)) {
    const [, double, twoDigit, num, cn] = m;
    let figureStart = m.index;
    const matchEnd = m.index + m[0].length;
    let item: RawQuantity | undefined;
    if (double !== undefined) {
      const n = double.slice(1, -1);
      const times = n === '' ? 1 : (NUMERAL_POWERS[n] ?? Number(n));
      item = base(figureStart, String(2 ** times), 'multiple');
      item.baseUnit = '倍';
      item.end = matchEnd;
    } else if (twoDigit !== undefined) {
      item = base(figureStart, '10', 'two-digit');
      item.baseUnit = '%';
      item.end = matchEnd;
    } else {
      let figure: string;
      let scaleWord: Quantity['scale']['word'] = '';
      const before = text[figureStart - 1] ?? '';
      if (num !== undefined) {
        figure = num.replace(/,/g, '');
        if (figure.startsWith('-') && NOT_AFTER_SIGN.test(before)) {
          figure = figure.slice(1);
          figureStart += 1;
        }
        const prev = text[figureStart - 1] ?? '';
        if (IDENTIFIER_BEFORE.test(prev) || OPENERS.has(prev) || prev === '第') continue;
        if (prev === '-' && ALNUM.test(text[figureStart - 2] ?? '')) continue;
        if (stickyMatch(DATE_RE, text, figureStart)) {
          FIGURE_RE.lastIndex = DATE_RE.lastIndex;
          continue;
        }
        const next = text[matchEnd] ?? '';
        if (next === '+' || (next === ':' && /\d/.test(text[matchEnd + 1] ?? '')) || prev === ':') continue;
      } else {
        const run = cn ?? '';
        if (OPENERS.has(before) || before === '第') continue;
        const trailing = CN_TRAILING_SCALE.exec(run);
        const numeral = trailing ? run.slice(0, trailing.index) : run;
        const decoded = decodeChineseNumeral(numeral);
        if (decoded === undefined) continue;
        figure = decoded;
        scaleWord = (trailing?.[1] ?? '') as Quantity['scale']['word'];
        if (find && numeral === '一' && scaleWord === '') continue;
      }
      item = base(figureStart, figure, 'figure');
      const tail = readTail(text, matchEnd, scaleWord);
      item.scaleWord = tail.scale;
      item.baseUnit = tail.baseUnit;
      item.weak = cn !== undefined && (tail.scale + tail.baseUnit === '' || figure === '1');
      item.end = tail.end;
      if (tail.more) item.moreQualifier = 'more-than';
      readRange(text, item);
      if (skipFigure(text, item, cn !== undefined, find)) {
        FIGURE_RE.lastIndex = Math.max(FIGURE_RE.lastIndex, item.end);
        continue;
      }
    }
    const suffix = readSuffix(text, item.end);
    item.end = suffix.end;
    item.suffixQualifier = suffix.qualifier;
    item.suffixGrowth = suffix.growth;
    const prefix = readPrefix(text, item.figureStart, floor);
    item.start = prefix.start;
    item.verb = prefix.verb;
    item.basis = prefix.basis;
    item.prefixQualifier = prefix.qualifier;
    item.clauseQualifiers = clauseQualifiers(text, item.start);
    found.push(item);
    floor = item.end;
    FIGURE_RE.lastIndex = item.end;
  }
  return found;
}

function base(figureStart: number, figure: string, kind: RawQuantity['kind']): RawQuantity {
  return {
    start: figureStart,
    end: figureStart,
    figureStart,
    figure,
    scaleWord: '',
    baseUnit: '',
    suffixGrowth: false,
    clauseQualifiers: NONE,
    kind,
    weak: false,
  };
}

/** `5%—6%`, `4.5-5%`, `2—3个`: a second figure with the same unit (or the first one's). */
function readRange(text: string, item: RawQuantity): void {
  const m = stickyMatch(RANGE_RE, text, item.end);
  if (!m) return;
  const [, num, cn] = m;
  const maxFigure = num !== undefined ? num.replace(/,/g, '') : decodeChineseNumeral(cn ?? '');
  if (maxFigure === undefined) return;
  const tail = readTail(text, item.end + m[0].length, '');
  const firstUnit = item.scaleWord + item.baseUnit;
  const secondUnit = tail.scale + tail.baseUnit;
  if (firstUnit !== '' && secondUnit !== '' && firstUnit !== secondUnit) return;
  if (firstUnit === '' && secondUnit === '' && text[item.end] === '-') return;
  if (Number(maxFigure) < Number(item.figure)) return;
  if (firstUnit === '') {
    item.scaleWord = tail.scale;
    item.baseUnit = tail.baseUnit;
  }
  item.maxFigure = maxFigure;
  item.end = tail.end;
}

/** Numbers that are names, dates, codes or ordinals rather than quantities. */
function skipFigure(text: string, item: RawQuantity, chinese: boolean, find: boolean): boolean {
  const unit = item.scaleWord + item.baseUnit;
  const next = text[item.end] ?? '';
  // 400亿级, 5A级: a class, not an amount; 11号线, 6月, 2.0版: names and dates.
  if (next === '级' || (unit === '' && NAME_FOLLOWERS.has(next))) return true;
  const isYear = /^\d{4}$/.test(item.figure) && Number(item.figure) >= 1900 && Number(item.figure) <= 2100;
  if (isYear && item.maxFigure === undefined && (item.baseUnit.startsWith('年') || (find && unit === ''))) {
    return true;
  }
  if (!find) return false;
  if (chinese && (unit === '' || CHINESE_ORDINAL_UNITS.has(item.baseUnit))) return true;
  return unit === '' && /^\d{8,}$/.test(item.figure);
}

/**
 * In running text a number with no unit and no word around it is a name, a list number or a 序号
 * (`12345热线`, `6.做地`, `1\t地区生产总值…`), not a quantity. Checked after lists share their units
 * (`1.5、3.4个百分点`).
 */
export function isBare(item: RawQuantity): boolean {
  return (
    item.kind === 'figure' &&
    item.scaleWord + item.baseUnit === '' &&
    item.maxFigure === undefined &&
    !item.verb &&
    !item.suffixGrowth &&
    !item.prefixQualifier &&
    !item.moreQualifier &&
    !item.suffixQualifier
  );
}
