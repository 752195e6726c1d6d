import type { Direction } from '../indicator/indicator.schema.js';

/**
 * One indicator a dictionary knows: the fields of an {@link Indicator} plus what the readers need to
 * attach a figure to it.
 */
export interface IndicatorEntry {
  /** A stable id (`gdp`, `fixed-asset-investment`). */
  id: string;
  /** The Chinese name (地区生产总值). */
  name: string;
  /** The English name (GDP). */
  nameEn?: string;
  /** The unit levels are given in (亿元, 万户, %). */
  unit: string;
  /** Which way is good. */
  direction: Direction;
  /** Other names documents use. Matched case-insensitively for Latin letters (GDP, gdp). */
  aliases: string[];
  /**
   * Base units (without 万/亿) a level of this indicator may be written in. Default: the base of
   * `unit` (亿元 → 元). 商事主体 are counted in 户 or 家, so it lists both.
   */
  baseUnits?: string[];
  /**
   * `false` for an indicator a reader named from a document's own words (open vocabulary), not
   * from a dictionary. Default: in the dictionary.
   */
  inDictionary?: false;
}

/** Where an indicator is named in a text. */
export interface IndicatorMention {
  indicatorId: string;
  /** The alias as written in the text. */
  text: string;
  /** Offset of the mention in the text searched. */
  offset: number;
  /** Offset just past the mention. */
  end: number;
}

/** A set of indicators with a matcher over their names and aliases. */
export interface IndicatorDictionary {
  readonly entries: readonly IndicatorEntry[];
  /** The entry with this id, if any. */
  get(id: string): IndicatorEntry | undefined;
  /**
   * Every indicator mention in `text`, left to right, each the longest alias that starts at its
   * position; mentions do not overlap.
   */
  findMentions(text: string): IndicatorMention[];
}
