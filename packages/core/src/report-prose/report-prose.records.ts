import { decimalPlaces } from '../decimal/decimal.js';
import { baseUnitOf, entryBaseUnits } from '../indicator-dictionary/indicator-dictionary.js';
import type { IndicatorEntry } from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Quantity } from '../quantity/quantity.types.js';
import type { SourceRef } from '../source/source.schema.js';
import type { Basis, Comparator, Measure, Strength, Target } from '../target/target.schema.js';
import type { Attribution } from './report-prose.attribute.js';

/** Units that count things; a level in one of them is a `count`. */
const COUNT_UNITS = new Set([
  '户',
  '家',
  '个',
  '人',
  '人次',
  '家次',
  '支',
  '件',
  '项',
  '场',
  '套',
  '所',
  '间',
  '栋',
  '次',
  '辆',
  '台',
  '座',
  '条',
  '处',
  '片',
  '批',
  '名',
  '位',
  '张',
  '份',
  '宗',
  '起',
  '例',
  '颗',
  '对',
]);

/** The measure of a level written in `baseUnit`. */
export function levelMeasure(baseUnit: string): Measure {
  return COUNT_UNITS.has(baseUnit) ? 'count' : 'level';
}

/** Whether a figure can be a figure of this indicator: any rate fits, a level must fit its units. */
export function figureFits(entry: IndicatorEntry, figure: Quantity): boolean {
  if (figure.unit === '%' || figure.change === 'pp-change' || figure.change === 'multiple') return true;
  if (figure.baseUnit === '') return false;
  return entryBaseUnits(entry).includes(figure.baseUnit) || baseUnitOf(entry.unit) === figure.baseUnit;
}

const FLIP: Record<Comparator, Comparator> = {
  eq: 'eq',
  gte: 'lte',
  gt: 'lt',
  lte: 'gte',
  lt: 'gt',
  approx: 'approx',
  range: 'range',
};

/** The figure as a measure, value and unit; undefined when it is not a figure we record. */
export interface ReadFigure {
  measure: Measure;
  value: number;
  max?: number;
  unit: string;
  comparator: Comparator;
  /** The decimals the source wrote, when the number alone would lose them (`4.0%` → 1). */
  decimals?: number;
}

/** The decimals a figure was written with, when the number alone does not show them (`4.0` → 1). */
function writtenDecimals(figure: Quantity): number | undefined {
  const written = figure.figure?.includes('.') ? figure.figure.length - figure.figure.indexOf('.') - 1 : 0;
  const shown = Math.max(
    decimalPlaces(figure.value),
    figure.max === undefined ? 0 : decimalPlaces(figure.max),
  );
  return written > shown ? written : undefined;
}

/** Why a figure was not recorded, for the diagnostics. */
export type SkipReason = 'pp-change' | 'multiple' | 'absolute-change';

/**
 * What a figure states about its indicator. A decline is a negative growth (`下降16%` → −16) and
 * its comparator turns round (`下降3%以上` → growth ≤ −3). Rates of an indicator that is itself a
 * rate (失业率 5.5%) are levels.
 */
export function readFigure(entry: IndicatorEntry, figure: Quantity): ReadFigure | SkipReason {
  if (figure.change === 'pp-change') return 'pp-change';
  if (figure.change === 'multiple') return 'multiple';
  const decline = figure.change === 'decline';
  const sign = (v: number) => (decline ? -v : v);
  if (figure.unit === '%') {
    // An open indicator named by a growth (`营收增长6%`) is not a rate: its % is a growth.
    const growthWord = entry.inDictionary === false && figure.change === 'growth';
    const measure: Measure = entry.unit === '%' && !decline && !growthWord ? 'level' : 'growth';
    const low = sign(figure.value);
    const high = figure.max === undefined ? undefined : sign(figure.max);
    const read: ReadFigure = {
      measure,
      value: high !== undefined && high < low ? high : low,
      unit: '%',
      comparator: decline ? FLIP[figure.comparator] : figure.comparator,
    };
    if (high !== undefined) read.max = high < low ? low : high;
    const decimals = writtenDecimals(figure);
    if (decimals !== undefined) read.decimals = decimals;
    return read;
  }
  // 比上年增长10.2亿元 is an increment, not a level and not a rate.
  if (figure.change === 'growth' || decline) return 'absolute-change';
  const read: ReadFigure = {
    measure: levelMeasure(figure.baseUnit),
    value: figure.value,
    unit: figure.unit,
    comparator: figure.comparator,
  };
  if (figure.max !== undefined) read.max = figure.max;
  const decimals = writtenDecimals(figure);
  if (decimals !== undefined) read.decimals = decimals;
  return read;
}

/** The price basis: 可比 (comparable prices) or 现价 (current prices), said before the figure. */
export function basisOf(attribution: Attribution): Basis {
  const near = attribution.gap + attribution.figure.text;
  if (/可比/.test(near) || /按可比价/.test(attribution.sentenceLead)) return 'comparable';
  if (/现价/.test(near) || /按现价/.test(attribution.sentenceLead)) return 'nominal';
  return 'unspecified';
}

/** How the target binds: 约束性 `binding`, 力争/争取 `aspirational`, else `expected`. */
export function strengthOf(attribution: Attribution): Strength {
  if (/约束性/.test(attribution.scopeLead)) return 'binding';
  if (
    /力争|争取|努力实现/.test(attribution.scopeLead) ||
    attribution.figure.qualifiers.includes('striving')
  ) {
    return 'aspirational';
  }
  return 'expected';
}

/** 预计: the figure is an estimate made before the year's statistics are final. */
export function isEstimate(attribution: Attribution): boolean {
  return /预计/.test(attribution.sentenceLead) || attribution.figure.qualifiers.includes('estimate');
}

/** A multi-year figure: a five-year plan's 年均增长, a 十四五 period, 每年. Not one year's figure. */
export function isMultiYear(attribution: Attribution): boolean {
  return /年均(?!浓度)|十四五|十五五|五年|三年|每年/.test(attribution.scopeLead);
}

/**
 * Where a figure stands in a `从A提高到B` (or `由A增加到B`) change: `from` is the level at the
 * start (its year, if written: `从2020年的26.7%`), `to` the level reached (`提高到2025年的52.1%`,
 * else the end of the period reviewed). Undefined for any other figure.
 */
export function changeEnd(attribution: Attribution): { end: 'from' | 'to'; year?: number } | undefined {
  const from = /(?:从|由)(?:(\d{4})年(?:末|底)?的?)?$/.exec(attribution.scopeLead);
  if (from) return { end: 'from', ...(from[1] ? { year: Number(from[1]) } : {}) };
  // The change words may be inside the figure's own words (`提高到56.9%`).
  const before = attribution.gap + attribution.figure.text.replace(/\d[\s\S]*$/, '');
  const to =
    /(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|发展)?[到至](?:(\d{4})年(?:末|底)?的?)?$/.exec(
      before,
    );
  if (to && /(?:从|由)/.test(attribution.scopeLead)) {
    return { end: 'to', ...(to[1] ? { year: Number(to[1]) } : {}) };
  }
  return undefined;
}

/**
 * The year the sentence puts the figure in (`2023年全社会研发经费…`), if any. A year named as the
 * base of a comparison (`是2010年的1.5倍`, `比2020年`, `从2020年的`) is not the figure's year.
 */
export function statedYear(attribution: Attribution): number | undefined {
  const years = [...attribution.sentenceLead.matchAll(/(是|比|较|相比|从|由|与|同)?(\d{4})年(?!度)(的)?/g)]
    .filter((m) => m[1] === undefined && m[3] === undefined)
    .map((m) => Number(m[2]));
  const year = years[years.length - 1];
  return year !== undefined && year >= 1949 && year <= 2200 ? year : undefined;
}

/** The fields every record shares. */
export interface RecordBase {
  indicatorId: string;
  jurisdictionId: string;
  period: string;
  source: SourceRef;
}

/** A target from a read figure. */
export function makeTarget(
  id: string,
  base: RecordBase,
  read: ReadFigure,
  strength: Strength,
  basis: Basis,
): Target {
  const target: Target = {
    id,
    indicatorId: base.indicatorId,
    jurisdictionId: base.jurisdictionId,
    period: base.period,
    measure: read.measure,
    comparator: read.comparator,
    value: read.value,
    unit: read.unit,
    strength,
    basis,
    source: base.source,
  };
  if (read.max !== undefined) target.max = read.max;
  if (read.decimals !== undefined) target.decimals = read.decimals;
  return target;
}

/** An observation from a read figure. */
export function makeObservation(
  id: string,
  base: RecordBase,
  read: ReadFigure,
  basis: Basis,
  estimate: boolean,
): Observation {
  return {
    id,
    indicatorId: base.indicatorId,
    jurisdictionId: base.jurisdictionId,
    period: base.period,
    measure: read.measure,
    value: read.value,
    unit: read.unit,
    basis,
    cumulative: false,
    estimate,
    source: base.source,
    ...(read.decimals !== undefined ? { decimals: read.decimals } : {}),
  };
}
