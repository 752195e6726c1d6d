import { scaleDecimal } from '../decimal/decimal.js';
import { normalizeFigureText } from '../text/text.normalize.js';
import type { Comparator } from '../target/target.schema.js';
import { LIST_SEPARATORS, QUALIFIER_COMPARATORS, SCALE_POWERS } from './quantity.lexicon.js';
import { isBare, scanQuantities, type RawQuantity, type ScanMode } from './quantity.scan.js';
import type { Quantity, QuantityChange, QuantityQualifier } from './quantity.types.js';

const PERCENTAGE_POINTS = new Set(['个百分点', '百分点']);

/**
 * Reads one quantity phrase: `3008.35亿元`, `增长 4.0%左右`, `超1.5万人`, `5%—6%`, `不少于300场`,
 * `提升 9.6 个百分点`, `翻一番`, `两位数增长`, `十一`, `５．５％`. Surrounding words (增长, 力争, 左右, 以上,
 * 超, 下降 …) set the change, comparator and qualifiers. When the phrase holds several figures the first
 * is returned, with what a list shares applied (`分别增长7%和8%左右` → 7, growth, approx).
 *
 * @returns the quantity, or undefined when the text holds no figure.
 */
export function parseQuantity(text: string): Quantity | undefined {
  const all = read(text, 'phrase');
  // `一般公共预算收入增长1%`: the 一 of 一般 is a numeral only when the phrase has no better figure.
  return (all.find((found) => !found.weak) ?? all[0])?.quantity;
}

/**
 * Finds every quantity in a running text, each with its `offset` and `text` in the input as written
 * (`text.slice(q.offset, q.offset + q.text.length) === q.text`). Qualifiers attach to the right figure:
 * `力争参赛队伍超8000支、人数超1.5万人` gives two `gt` quantities, both `striving`; in `分别增长7%和8%左右`
 * both figures are growths `about`. Bare numbers that are not quantities are left out: years
 * (`2024年`), dates, 序号 at the start of a line, ordinals (`第二届`), names in quotes (`“1310”`),
 * identifiers (`PM2.5`, `F37`) and Chinese numerals without a measure word (`三大行动`).
 */
export function findQuantities(text: string): Quantity[] {
  return read(text, 'find').map((found) => found.quantity);
}

function read(input: string, mode: ScanMode): Array<{ quantity: Quantity; weak: boolean }> {
  const normalized = normalizeFigureText(input);
  const raw = scanQuantities(normalized.text, mode);
  shareAcrossLists(normalized.text, raw);
  const { offsets } = normalized;
  const kept = mode === 'find' ? raw.filter((item) => !isBare(item)) : raw;
  return kept.map((item) => {
    const start = offsets[item.start] ?? 0;
    const end = (offsets[item.end - 1] ?? start) + 1;
    return { quantity: toQuantity(item, input.slice(start, end), start), weak: item.weak };
  });
}

/**
 * Figures listed with 、/和 share what is written once: the unit of the last (`1.5个、3.4个百分点`),
 * its trailing qualifier (`7%和8%左右`), and the change verb of the first (`分别下降16%、14%`).
 */
function shareAcrossLists(text: string, items: RawQuantity[]): void {
  let groupStart = 0;
  for (let i = 1; i <= items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    const linked =
      prev !== undefined &&
      cur !== undefined &&
      cur.start === cur.figureStart &&
      LIST_SEPARATORS.has(text.slice(prev.end, cur.start));
    if (linked) continue;
    if (i - groupStart > 1) shareInGroup(items.slice(groupStart, i));
    groupStart = i;
  }
}

function shareInGroup(group: RawQuantity[]): void {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return;
  const lastUnit = last.scaleWord + last.baseUnit;
  for (const item of group.slice(0, -1)) {
    const unit = item.scaleWord + item.baseUnit;
    const sharesUnit =
      unit === '' || (item.scaleWord === '' && lastUnit.startsWith(unit) && unit !== lastUnit);
    if (sharesUnit && item.kind === 'figure') {
      item.scaleWord = last.scaleWord;
      item.baseUnit = last.baseUnit;
    }
    if (!item.suffixQualifier && item.maxFigure === undefined) item.suffixQualifier = last.suffixQualifier;
  }
  for (const item of group.slice(1)) {
    if (!item.verb && !item.suffixGrowth) {
      item.verb = first.verb;
      item.basis ??= first.basis;
    }
  }
}

function comparatorOf(qualifiers: readonly QuantityQualifier[], range: boolean): Comparator {
  if (range) return 'range';
  for (const [qualifier, comparator] of QUALIFIER_COMPARATORS) {
    if (qualifiers.includes(qualifier)) return comparator;
  }
  return 'eq';
}

function changeOf(item: RawQuantity): QuantityChange {
  if (item.kind === 'multiple') return 'multiple';
  if (PERCENTAGE_POINTS.has(item.baseUnit)) return 'pp-change';
  if (item.verb) return item.verb;
  if (item.suffixGrowth || item.kind === 'two-digit') return 'growth';
  return 'level';
}

function toQuantity(item: RawQuantity, text: string, offset: number): Quantity {
  const qualifiers: QuantityQualifier[] = [];
  for (const q of [
    item.prefixQualifier,
    item.moreQualifier,
    item.suffixQualifier,
    ...item.clauseQualifiers,
  ]) {
    if (q && !qualifiers.includes(q)) qualifiers.push(q);
  }
  const power = SCALE_POWERS[item.scaleWord];
  const change = changeOf(item);
  const value = Number(item.figure);
  const quantity: Quantity = {
    value,
    absolute: power === 0 ? value : scaleDecimal(item.figure, power),
    unit: item.scaleWord + item.baseUnit,
    baseUnit: item.baseUnit,
    scale: { word: item.scaleWord, factor: 10 ** power },
    change,
    comparator: item.kind === 'two-digit' ? 'gte' : comparatorOf(qualifiers, item.maxFigure !== undefined),
    qualifiers,
    text,
    offset,
    figure: item.figure,
  };
  if (item.maxFigure !== undefined) {
    quantity.max = Number(item.maxFigure);
    quantity.absoluteMax = power === 0 ? quantity.max : scaleDecimal(item.maxFigure, power);
  }
  if (item.kind === 'two-digit') quantity.qualitative = true;
  const declines = item.verb === 'decline';
  if (change === 'growth' || change === 'decline' || change === 'pp-change') {
    quantity.delta = declines && value !== 0 ? -value : value;
  }
  if (item.basis) quantity.basis = item.basis;
  return quantity;
}
