import type {
  Dataset,
  EvaluateOptions,
  Evaluation,
  Indicator,
  Jurisdiction,
  Locale,
  Measure,
  Observation,
  Target,
} from '@luoshi/core';
import { comparePeriods, evaluate, periodYear } from '@luoshi/core';
import { isPeriod } from '@luoshi/core';
import { formatPeriod } from '../../format/format.period.js';
import { nameIn } from './view.labels.js';
import type { SelectionOptions } from './view.options.js';

/** A target with its indicator, the actual it is judged against (if any) and the engine's evaluation. */
export interface TargetRow {
  target: Target;
  indicator: Indicator;
  observation?: Observation;
  evaluation: Evaluation;
}

/** The selection a target view settled on. */
export interface TargetSelection {
  jurisdiction: Jurisdiction | undefined;
  jurisdictionId: string;
  period: string;
  rows: TargetRow[];
}

const basisRank = (target: Target, o: Observation) =>
  o.basis === target.basis ? 0 : o.basis === 'unspecified' ? 1 : 2;

/**
 * The actual a target is judged against: the same indicator, jurisdiction and measure in the target's
 * period (the target's price basis first); for a rate, failing that, the latest part-year figure of the
 * same year (the engine says up to when).
 */
export function matchObservation(dataset: Dataset, target: Target): Observation | undefined {
  const same = dataset.observations.filter(
    (o) =>
      o.indicatorId === target.indicatorId &&
      o.jurisdictionId === target.jurisdictionId &&
      o.measure === target.measure,
  );
  const exact = same
    .filter((o) => o.period === target.period)
    .sort((a, b) => basisRank(target, a) - basisRank(target, b));
  if (exact[0]) return exact[0];
  if (target.measure !== 'growth' && target.measure !== 'share') return undefined;
  const year = periodYear(target.period);
  const partYear = same
    .filter((o) => periodYear(o.period) === year)
    .sort((a, b) => comparePeriods(b.period, a.period));
  return partYear[0];
}

/** Evaluates a target against its matched actual with the engine. */
export function targetRow(
  dataset: Dataset,
  target: Target,
  indicator: Indicator,
  options?: EvaluateOptions,
): TargetRow {
  const observation = matchObservation(dataset, target);
  const evaluation = evaluate(target, observation, { ...options, indicator });
  return observation ? { target, indicator, observation, evaluation } : { target, indicator, evaluation };
}

/** A row's name: the indicator, with the measure when it is a rate (地区生产总值增速 / GDP growth). */
export function rowName(row: Pick<TargetRow, 'target' | 'indicator'>, locale: Locale): string {
  return indicatorLabel(row.indicator, row.target.measure, locale);
}

/** An indicator with its measure when it is a rate: 地区生产总值增速 / GDP growth. */
export function indicatorLabel(indicator: Indicator, measure: Measure, locale: Locale): string {
  const name = nameIn(indicator, locale);
  if (measure === 'growth') return locale === 'en' ? `${name} growth` : `${name}增速`;
  if (measure === 'share') return locale === 'en' ? `${name} share` : `${name}占比`;
  return name;
}

type Fail = { ok: false; message: string };

function unknown(kind: { zh: string; en: string }, id: string, known: string[], locale: Locale): Fail {
  const list = known.slice(0, 10).join(', ') || '—';
  return {
    ok: false,
    message:
      locale === 'en'
        ? `Unknown ${kind.en} "${id}" (known: ${list})`
        : `未知${kind.zh}“${id}”（已有：${list}）`,
  };
}

/** Checks the ids of a selection against the dataset: an unknown id is an error that names the known ones. */
export function checkSelection(
  dataset: Dataset,
  selection: SelectionOptions,
  locale: Locale,
): Fail | undefined {
  if (
    selection.jurisdictionId !== undefined &&
    !dataset.jurisdictions.some((j) => j.id === selection.jurisdictionId)
  ) {
    return unknown(
      { zh: '地区', en: 'jurisdiction' },
      selection.jurisdictionId,
      dataset.jurisdictions.map((j) => j.id),
      locale,
    );
  }
  if (selection.period !== undefined && !isPeriod(selection.period)) {
    return {
      ok: false,
      message:
        locale === 'en'
          ? `Invalid period "${selection.period}" (write 2025, 2025-Q3 or 2025-09)`
          : `时期“${selection.period}”无效（应写作 2025、2025-Q3 或 2025-09）`,
    };
  }
  for (const id of selection.indicatorIds ?? []) {
    if (!dataset.indicators.some((i) => i.id === id)) {
      return unknown(
        { zh: '指标', en: 'indicator' },
        id,
        dataset.indicators.map((i) => i.id),
        locale,
      );
    }
  }
  return undefined;
}

/**
 * Settles what a target view shows. The period defaults to the latest that has targets (with
 * `preferActuals`, the latest whose targets have an actual, falling back to the latest); the
 * jurisdiction to the one with the most targets in it; the indicators to all of them, in the dataset's
 * order unless `indicatorIds` gives one.
 */
export function selectTargets(
  dataset: Dataset,
  selection: SelectionOptions,
  locale: Locale,
  options: { preferActuals?: boolean; evaluate?: EvaluateOptions; measures?: readonly Measure[] } = {},
): ({ ok: true } & TargetSelection) | Fail {
  const problem = checkSelection(dataset, selection, locale);
  if (problem) return problem;
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const wanted = selection.indicatorIds ? new Set(selection.indicatorIds) : undefined;
  const candidates = dataset.targets.filter(
    (t) =>
      (selection.jurisdictionId === undefined || t.jurisdictionId === selection.jurisdictionId) &&
      (wanted === undefined || wanted.has(t.indicatorId)) &&
      (options.measures === undefined || options.measures.includes(t.measure)) &&
      indicators.has(t.indicatorId),
  );
  const periods = [...new Set(candidates.map((t) => t.period))].sort(comparePeriods).reverse();
  let period = selection.period ?? periods[0];
  if (selection.period === undefined && options.preferActuals) {
    period =
      periods.find((p) => candidates.some((t) => t.period === p && matchObservation(dataset, t))) ?? period;
  }
  if (period === undefined)
    return { ok: true, jurisdiction: undefined, jurisdictionId: '', period: '', rows: [] };
  const inPeriod = candidates.filter((t) => t.period === period);
  let jurisdictionId = selection.jurisdictionId;
  if (jurisdictionId === undefined) {
    const counts = new Map<string, number>();
    for (const t of inPeriod) counts.set(t.jurisdictionId, (counts.get(t.jurisdictionId) ?? 0) + 1);
    const order = dataset.jurisdictions.map((j) => j.id);
    jurisdictionId = [...counts.keys()].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b),
    )[0];
  }
  const chosen = headline(
    dataset,
    inPeriod.filter((t) => t.jurisdictionId === jurisdictionId),
    wanted === undefined,
  );
  const indicatorOrder = selection.indicatorIds ?? dataset.indicators.map((i) => i.id);
  chosen.sort((a, b) => indicatorOrder.indexOf(a.indicatorId) - indicatorOrder.indexOf(b.indicatorId));
  const rows = chosen.map((t) => targetRow(dataset, t, indicators.get(t.indicatorId)!, options.evaluate));
  return {
    ok: true,
    jurisdiction: dataset.jurisdictions.find((j) => j.id === jurisdictionId),
    jurisdictionId: jurisdictionId ?? '',
    period,
    rows,
  };
}

const HEADLINE_KINDS = new Set(['work-report', 'plan-report']);

/**
 * What a reader wants first: the same target read from two documents (增长5.5% in the plan report and
 * in the task list) once, preferring the report's own; and, unless indicators were asked for, only the
 * headline targets (主要预期目标 of a work or plan report) when the period has any — the dozens of
 * targets inside task texts stay one `indicatorIds` away.
 */
function headline(dataset: Dataset, targets: Target[], restrict: boolean): Target[] {
  const kinds = new Map(dataset.reports.map((r) => [r.id, r.kind]));
  const isHeadline = (t: Target) => HEADLINE_KINDS.has(kinds.get(t.source?.reportId ?? '') ?? '');
  const ordered = [...targets].sort((a, b) => Number(isHeadline(b)) - Number(isHeadline(a)));
  const seen = new Set<string>();
  const unique = ordered.filter((t) => {
    const key = [t.indicatorId, t.measure, t.comparator, t.value, t.max ?? '', t.strength].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kept = restrict && unique.some(isHeadline) ? unique.filter(isHeadline) : unique;
  return targets.filter((t) => kept.includes(t));
}

/** `海珠区 2025年` / `Haizhu District 2025`. */
export function scopeTitle(
  selection: Pick<TargetSelection, 'jurisdiction' | 'jurisdictionId' | 'period'>,
  locale: Locale,
): string {
  const place = selection.jurisdiction ? nameIn(selection.jurisdiction, locale) : selection.jurisdictionId;
  return `${place} ${formatPeriod(selection.period, locale)}`;
}
