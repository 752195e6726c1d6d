import type { Comparator } from '../target/target.schema.js';

/** A qualifier a document puts on a figure. */
export type QuantityQualifier =
  | 'about' // 左右, 约
  | 'at-least' // 以上, 不少于, 不低于
  | 'more-than' // 超, 超过, 逾
  | 'at-most' // 以内, 以下, 不超过, 不高于
  | 'less-than' // 低于, 少于
  | 'striving' // 力争
  | 'estimate'; // 预计

/** What kind of change a phrase states. */
export type QuantityChange =
  | 'level' // 3008.35亿元
  | 'growth' // 增长5.4%
  | 'decline' // 下降3%
  | 'pp-change' // 提升9.6个百分点
  | 'multiple'; // 翻一番

/** A quantity read from Chinese text. */
export interface Quantity {
  /** The figure in the unit as written, at the written precision (1.07 for `1.07万套`, 5.5 for `5.5%`). */
  value: number;
  /** The upper bound of a range (`5%—6%` → value 5, max 6). */
  max?: number;
  /** The figure in base units, scaled exactly (`1.07万套` → 10700). */
  absolute: number;
  /** The upper bound in base units. */
  absoluteMax?: number;
  /** The unit as written, with its scale (`万套`, `亿元`, `%`, `个百分点`, `P`). Empty when none. */
  unit: string;
  /** The base unit without the scale (`套`, `元`, `%`). */
  baseUnit: string;
  /** The scale word and its factor: `万` 1e4, `亿` 1e8, `千` 1e3, `百` 1e2, none 1. */
  scale: { word: '' | '十' | '百' | '千' | '万' | '亿' | '万亿' | '百万' | '千万'; factor: number };
  /** What the figure says: a level, a growth, a decline, a change in percentage points, a multiple. */
  change: QuantityChange;
  /** The comparator a target with this phrase carries (`10%以上` → gte; `左右` → approx; a range → range). */
  comparator: Comparator;
  /** Every qualifier found (`力争`, `左右`, `预计` …). */
  qualifiers: QuantityQualifier[];
  /** The figure is qualitative (`两位数增长`: at least 10, open-ended). */
  qualitative?: boolean;
  /** The text matched, as written in the input. */
  text: string;
  /** The character offset of the match in the input. */
  offset: number;
  /**
   * The figure as written, as a decimal string after normalisation (`'4.0'` for `4.0%`, `'11'` for
   * `十一`): it keeps trailing zeros, which `value` cannot, so the source's precision is known.
   */
  figure?: string;
  /**
   * The signed change a growth, decline or percentage-point phrase states: `增长5.4%` → 5.4,
   * `下降2.1%` → -2.1, `增长-2.1%` → -2.1, `回落0.5个百分点` → -0.5. Absent for levels and multiples.
   */
  delta?: number;
  /** The price basis a growth is stated at: `可比增长4.3%` → comparable, `现价增长` → nominal. */
  basis?: 'comparable' | 'nominal';
}
