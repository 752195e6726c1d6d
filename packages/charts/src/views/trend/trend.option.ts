import type { Dataset, EvaluateOptions, Indicator, Measure, Target } from '@luoshi/core';
import { add, comparePeriods, EVALUATE_DEFAULTS, periodParts, roundTo, subtract } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { formatFigure, formatTargetLabel, formatTargetValue } from '../../format/format.number.js';
import { formatPeriod } from '../../format/format.period.js';
import { sourcePlaces } from '../../format/format.precision.js';
import { resolveStatusVocabulary, statusLabel } from '../../status/status.vocabulary.js';
import { axisStyle, resolveTheme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, nameIn, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import { baseOption, stateModel, readyModel } from '../common/view.state.js';
import { checkSelection, indicatorLabel, targetRow } from '../common/view.targets.js';
import type { TrendOptions } from './trend.config.js';
import { trendInstall } from './trend.install.js';
import { CONTAIN_LABELS } from '../common/view.grid.js';

const isYear = (period: string) => periodParts(period).grain === 'year';

/** The jurisdiction, indicator and measure with the most years of figures (within what was asked). */
function pickSeries(dataset: Dataset, options: TrendOptions) {
  const counts = new Map<
    string,
    { jurisdictionId: string; indicatorId: string; measure: Measure; years: Set<string>; targets: number }
  >();
  for (const [kind, figure] of [
    ...dataset.targets.map((f) => ['target', f] as const),
    ...dataset.observations.map((f) => ['actual', f] as const),
  ]) {
    if (!isYear(figure.period)) continue;
    if (options.jurisdictionId && figure.jurisdictionId !== options.jurisdictionId) continue;
    if (options.indicatorIds?.[0] && figure.indicatorId !== options.indicatorIds[0]) continue;
    if (options.measure && figure.measure !== options.measure) continue;
    const key = `${figure.jurisdictionId}|${figure.indicatorId}|${figure.measure}`;
    const entry = counts.get(key) ?? {
      jurisdictionId: figure.jurisdictionId,
      indicatorId: figure.indicatorId,
      measure: figure.measure,
      years: new Set(),
      targets: 0,
    };
    entry.years.add(figure.period);
    if (kind === 'target') entry.targets += 1;
    counts.set(key, entry);
  }
  const order = dataset.indicators.map((i) => i.id);
  return [...counts.values()]
    .filter((e) => e.targets > 0 || options.indicatorIds?.[0])
    .sort(
      (a, b) =>
        b.years.size - a.years.size ||
        b.targets - a.targets ||
        order.indexOf(a.indicatorId) - order.indexOf(b.indicatorId),
    )[0];
}

function buildTrend(dataset: Dataset, options: TrendOptions, shared: ResolvedShared): ViewModel {
  const { locale } = shared;
  const problem = checkSelection(dataset, options, locale);
  if (problem) return stateModel('error', problem.message, shared);
  const pickedSeries = pickSeries(dataset, options);
  const indicator: Indicator | undefined =
    pickedSeries && dataset.indicators.find((i) => i.id === pickedSeries.indicatorId);
  if (!pickedSeries || !indicator) {
    return stateModel(
      'empty',
      locale === 'en' ? 'No targets or actuals over time to show' : '暂无可绘制趋势的目标或实际数据',
      shared,
    );
  }
  const { jurisdictionId, measure } = pickedSeries;
  const periods = [...pickedSeries.years].sort(comparePeriods);
  const theme = resolveTheme(shared.theme);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const units = shared.units;
  const book = new ElementBook();
  const jurisdiction = dataset.jurisdictions.find((j) => j.id === jurisdictionId);
  const place = jurisdiction ? nameIn(jurisdiction, locale) : jurisdictionId;
  const name = indicatorLabel(indicator, measure, locale);
  const title = `${place} ${name} ${locale === 'en' ? 'over time' : '历年走势'}`;
  const same = (
    f: { jurisdictionId: string; indicatorId: string; measure: Measure; period: string },
    period: string,
  ) =>
    f.jurisdictionId === jurisdictionId &&
    f.indicatorId === indicator.id &&
    f.measure === measure &&
    f.period === period;
  const actuals = periods.map((p) => dataset.observations.find((o) => same(o, p)));
  const targets = periods.map((p) => dataset.targets.find((t) => same(t, p)));
  const figure = (value: number, unit: string, quote?: string) =>
    formatFigure(value, unit, locale, { places: sourcePlaces(value, quote), ...(units ? { units } : {}) });
  const actualName = t(labels.actual, locale);
  const targetName = t(labels.target, locale);
  const evaluations = targets.map((target) =>
    target ? targetRow(dataset, target, indicator, options.evaluate) : undefined,
  );

  const actualData = actuals.map((o, i) => {
    if (!o) return null;
    const text = `${formatPeriod(periods[i]!, locale)} ${actualName} ${figure(o.value, o.unit, o.source?.quote)}${o.estimate ? ` (${t(labels.estimate, locale)})` : ''}`;
    book.set(0, i, text, { kind: 'indicator', id: indicator.id });
    return {
      value: o.value,
      name: figure(o.value, o.unit, o.source?.quote),
      label: { show: true, formatter: '{b}', position: 'top' },
    };
  });
  const targetData = targets.map((target: Target | undefined, i) => {
    const row = evaluations[i];
    if (!target || !row) return null;
    const style = vocabulary.evaluation[row.evaluation.status];
    const label = formatTargetLabel(target, locale, units);
    const status = statusLabel(style, locale);
    book.set(
      1,
      i,
      `${formatPeriod(periods[i]!, locale)} ${label}\n${status}\n${t(row.evaluation.explanation, locale)}`,
      {
        kind: 'target',
        id: target.id,
      },
    );
    const pending = row.evaluation.status === 'pending';
    return {
      value: target.value,
      name: pending ? (locale === 'en' ? `${label} (${status})` : `${label}（${status}）`) : label,
      symbol: pending ? 'emptyRect' : 'rect',
      symbolSize: [18, 4],
      itemStyle: { color: pending ? theme.surfaces.textMuted : style.color[theme.name] },
      label: { show: true, formatter: '{b}', position: 'right', color: theme.surfaces.text },
    };
  });
  // approx and range targets are bands: a thick translucent line from bound to bound at their year.
  const bands = targets.flatMap((target, i) => {
    if (!target || (target.comparator !== 'range' && target.comparator !== 'approx')) return [];
    const [from, to] =
      target.comparator === 'range'
        ? [target.value, target.max ?? target.value]
        : approxBand(target, options.evaluate);
    return [[{ coord: [i, from] }, { coord: [i, to] }]];
  });
  const axis = axisStyle(theme);
  const unit = targets.find(Boolean)?.unit ?? actuals.find(Boolean)?.unit ?? indicator.unit;
  const table = new TableBuilder(title, [
    { key: 'period', label: t(labels.period, locale) },
    { key: 'target', label: targetName, numeric: true },
    { key: 'actual', label: actualName, numeric: true },
    { key: 'status', label: t(labels.status, locale) },
  ]);
  periods.forEach((period, i) => {
    const o = actuals[i];
    const target = targets[i];
    const row = evaluations[i];
    table.add([
      formatPeriod(period, locale),
      target ? formatTargetValue(target, locale, units) : '—',
      o ? figure(o.value, o.unit, o.source?.quote) : '—',
      row ? statusLabel(vocabulary.evaluation[row.evaluation.status], locale) : t(labels.noTarget, locale),
    ]);
  });
  const description = describe(
    title,
    table.build().rows.map((r) => r.cells.join(locale === 'en' ? ', ' : '，')),
    locale,
  );
  const option: EChartsOption = {
    ...baseOption(shared, description, title),
    legend: {
      top: shared.showTitle ? 28 : 4,
      data: [actualName, targetName],
      textStyle: { color: theme.surfaces.text },
    },
    grid: { left: 16, right: 120, top: shared.showTitle ? 64 : 36, bottom: 24, ...CONTAIN_LABELS },
    xAxis: { type: 'category', data: periods.map((p) => formatPeriod(p, locale)), ...axis },
    yAxis: { type: 'value', scale: true, name: unit, ...axis },
    series: [
      {
        type: 'line',
        name: actualName,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color: theme.surfaces.actual },
        lineStyle: { color: theme.surfaces.actual, width: 2 },
        data: actualData,
      },
      {
        type: 'scatter',
        name: targetName,
        itemStyle: { color: theme.surfaces.target },
        data: targetData,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.surfaces.target, width: 14, opacity: 0.15, type: 'solid' },
          data: bands,
        },
      },
    ] as EChartsOption['series'],
  };
  return readyModel(option, description, table, book);
}

/** The band a 左右 target allows, with the engine's tolerance (±0.5 pp, ±2 % of a level, by default). */
function approxBand(target: Target, options?: EvaluateOptions): [number, number] {
  const tol = { ...EVALUATE_DEFAULTS.approxTolerance, ...options?.approxTolerance };
  const rate = target.measure === 'growth' || target.measure === 'share';
  const half = rate ? tol.points : roundTo((Math.abs(target.value) * tol.percent) / 100, 6);
  return [subtract(target.value, half), add(target.value, half)];
}

/**
 * 3. Trend with target: the actuals of one indicator over the years as a line, each year's target as a
 * labelled mark (a band for 左右 and ranges), coloured by its status; a target with no actual yet —
 * next year's — is drawn hollow and labelled pending.
 */
export const trend: View<TrendOptions> = defineView('trend', trendInstall, buildTrend);
