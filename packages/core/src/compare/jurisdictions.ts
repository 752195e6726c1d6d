import { roundTo, subtract } from '../decimal/decimal.js';
import type { Dataset } from '../dataset/dataset.schema.js';
import type { Localized } from '../i18n/localized.js';
import type { Jurisdiction } from '../jurisdiction/jurisdiction.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Period } from '../period/period.schema.js';
import type { Basis, Measure, Target } from '../target/target.schema.js';
import { targetPhrase } from '../target/target.explain.js';
import { formatNumber } from './format.js';
import { convertToUnit, isRateMeasure } from './units.js';

/** One jurisdiction's place in a ranking. */
export interface RankedJurisdiction {
  /** 1 is best; ties share a rank (1, 2, 2, 4). */
  rank: number;
  jurisdictionId: string;
  /** Absent when the dataset does not list the jurisdiction. */
  jurisdiction?: Jurisdiction;
  observation: Observation;
  /** The figure in the ranking's unit. */
  value: number;
}

/** Jurisdictions ranked on one indicator, period and measure. */
export interface JurisdictionRanking {
  indicatorId: string;
  period: Period;
  measure: Measure;
  /** The unit all values are given in. */
  unit: string;
  /** The price basis the ranking uses (growth rates of another basis are left out). */
  basis: Basis;
  rows: RankedJurisdiction[];
  /** Observations left out, and why: another price basis, or a unit that does not convert. */
  excluded: { observation: Observation; reason: Localized }[];
}

/** Options of {@link rankJurisdictions}. */
export interface RankOptions {
  /** Only the children of this jurisdiction (the districts of a city). Default: all. */
  parentId?: string;
  /** The price basis to rank on; figures of an unstated basis are always kept. Default: `comparable`, or `nominal` when every figure is. */
  basis?: Basis;
}

/**
 * Ranks jurisdictions on an indicator for a period: best first by the indicator's direction (largest
 * first for `increase` and `target`, smallest first for `decrease`). One figure per jurisdiction: a
 * final one over an estimate. Figures are never ranked across price bases.
 */
export function rankJurisdictions(
  dataset: Dataset,
  indicatorId: string,
  period: Period,
  measure: Measure,
  options: RankOptions = {},
): JurisdictionRanking {
  const indicator = dataset.indicators.find((i) => i.id === indicatorId);
  const jurisdictions = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
  const candidates = dataset.observations.filter(
    (o) =>
      o.indicatorId === indicatorId &&
      o.period === period &&
      o.measure === measure &&
      (options.parentId === undefined || jurisdictions.get(o.jurisdictionId)?.parentId === options.parentId),
  );
  // Reported growth is at comparable prices unless a document says otherwise: nominal figures lead
  // only when every figure is nominal.
  const basis: Basis =
    options.basis ??
    (candidates.length > 0 && candidates.every((o) => o.basis === 'nominal') ? 'nominal' : 'comparable');
  const unit = isRateMeasure(measure) ? '%' : (indicator?.unit ?? candidates[0]?.unit ?? '');
  const excluded: JurisdictionRanking['excluded'] = [];
  const chosen = new Map<string, { observation: Observation; value: number }>();
  for (const o of candidates) {
    if (o.basis !== 'unspecified' && basis !== 'unspecified' && o.basis !== basis) {
      excluded.push({
        observation: o,
        reason: { zh: `价格口径不同（${o.basis}）`, en: `another price basis (${o.basis})` },
      });
      continue;
    }
    const value = convertToUnit(o.value, o.unit, unit);
    if (value === undefined) {
      excluded.push({
        observation: o,
        reason: { zh: `单位${o.unit}无法换算为${unit}`, en: `unit ${o.unit} does not convert to ${unit}` },
      });
      continue;
    }
    const held = chosen.get(o.jurisdictionId);
    if (!held || (held.observation.estimate && !o.estimate))
      chosen.set(o.jurisdictionId, { observation: o, value });
  }
  const descending = indicator?.direction !== 'decrease';
  const sorted = [...chosen.entries()].sort(([, a], [, b]) =>
    descending ? b.value - a.value : a.value - b.value,
  );
  const rows: RankedJurisdiction[] = [];
  sorted.forEach(([jurisdictionId, { observation, value }], i) => {
    const previous = rows[i - 1];
    const rank = previous && previous.value === value ? previous.rank : i + 1;
    const jurisdiction = jurisdictions.get(jurisdictionId);
    rows.push({ rank, jurisdictionId, observation, value, ...(jurisdiction ? { jurisdiction } : {}) });
  });
  return { indicatorId, period, measure, unit, basis, rows, excluded };
}

/** A target set beside its parent jurisdiction's target for the same indicator, period and measure. */
export interface ParentComparison {
  /** `no-parent`: the jurisdiction has no parent; `no-parent-target`: the parent set none; `not-comparable`: units or bases clash. */
  status: 'compared' | 'no-parent' | 'no-parent-target' | 'not-comparable';
  target: Target;
  parent?: Jurisdiction;
  parentTarget?: Target;
  /** target − parent target, in percentage points, for growth rates and shares. */
  differencePoints?: number;
  /** For levels and counts: the target as a share of the parent's, in percent (a district is part of its city). */
  shareOfParent?: number;
  explanation: Localized;
}

/**
 * Compares a district's target with its parent's (海珠区 with 广州市): for rates, the difference in
 * percentage points; for levels and counts, the share of the parent's target. A parent target of
 * another price basis or an unconvertible unit is `not-comparable`.
 */
export function compareWithParent(dataset: Dataset, target: Target): ParentComparison {
  const own = dataset.jurisdictions.find((j) => j.id === target.jurisdictionId);
  const parent = own?.parentId ? dataset.jurisdictions.find((j) => j.id === own.parentId) : undefined;
  const name = own?.name ?? target.jurisdictionId;
  const nameEn = own?.nameEn ?? own?.name ?? target.jurisdictionId;
  if (!own?.parentId || !parent) {
    return {
      status: 'no-parent',
      target,
      explanation: {
        zh: `${name}没有上级地区数据`,
        en: `${nameEn} has no parent jurisdiction in the dataset`,
      },
    };
  }
  const pName = parent.name;
  const pNameEn = parent.nameEn ?? parent.name;
  const candidates = dataset.targets.filter(
    (t) =>
      t.jurisdictionId === parent.id &&
      t.indicatorId === target.indicatorId &&
      t.period === target.period &&
      t.measure === target.measure,
  );
  const clash = (t: Target) =>
    t.basis !== 'unspecified' && target.basis !== 'unspecified' && t.basis !== target.basis;
  const parentTarget =
    candidates.find((t) => t.basis === target.basis) ?? candidates.find((t) => !clash(t)) ?? candidates[0];
  if (!parentTarget) {
    return {
      status: 'no-parent-target',
      target,
      parent,
      explanation: {
        zh: `${pName}未设定同期同口径目标`,
        en: `${pNameEn} sets no target for this indicator, period and measure`,
      },
    };
  }
  const parentValue = convertToUnit(parentTarget.value, parentTarget.unit, target.unit);
  if (clash(parentTarget) || parentValue === undefined) {
    return {
      status: 'not-comparable',
      target,
      parent,
      parentTarget,
      explanation: {
        zh: `不可比：${pName}目标的单位或价格口径不同`,
        en: `Not comparable: ${pNameEn}'s target has another unit or price basis`,
      },
    };
  }
  const own_ = targetPhrase(target);
  const theirs = targetPhrase(parentTarget);
  if (isRateMeasure(target.measure)) {
    const differencePoints = subtract(target.value, parentValue);
    const size = formatNumber(Math.abs(differencePoints));
    const zhRel =
      differencePoints > 0 ? `高${size}个百分点` : differencePoints < 0 ? `低${size}个百分点` : '持平';
    const enRel =
      differencePoints > 0 ? `${size} pp above` : differencePoints < 0 ? `${size} pp below` : 'level with';
    return {
      status: 'compared',
      target,
      parent,
      parentTarget,
      differencePoints,
      explanation: {
        zh: `${name}${own_.zh}，较${pName}${theirs.zh}${zhRel}`,
        en: `${nameEn}: ${own_.en}, ${enRel} ${pNameEn}'s (${theirs.en})`,
      },
    };
  }
  const shareOfParent = parentValue === 0 ? undefined : roundTo((target.value / parentValue) * 100, 1);
  const share = shareOfParent === undefined ? '' : formatNumber(shareOfParent);
  return {
    status: 'compared',
    target,
    parent,
    parentTarget,
    ...(shareOfParent !== undefined ? { shareOfParent } : {}),
    explanation: {
      zh: `${name}${own_.zh}${share ? `，占${pName}${theirs.zh}的${share}%` : ''}`,
      en: `${nameEn}: ${own_.en}${share ? `, ${share}% of ${pNameEn}'s (${theirs.en})` : ''}`,
    },
  };
}
