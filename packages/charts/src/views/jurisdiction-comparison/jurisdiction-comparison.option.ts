import type { Dataset, Locale } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { formatFigure, formatTargetLabel, formatTargetValue } from '../../format/format.number.js';
import { formatPeriod } from '../../format/format.period.js';
import { sourcePlaces } from '../../format/format.precision.js';
import {
  resolveStatusVocabulary,
  statusLabel,
  type StatusVocabulary,
} from '../../status/status.vocabulary.js';
import { axisStyle, resolveTheme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, nameIn, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import { gapText } from '../common/view.row-text.js';
import { baseOption, stateModel, readyModel } from '../common/view.state.js';
import { checkSelection, indicatorLabel } from '../common/view.targets.js';
import type { JurisdictionComparisonOptions } from './jurisdiction-comparison.config.js';
import { jurisdictionComparisonInstall } from './jurisdiction-comparison.install.js';
import { comparisonRows, pickComparison, type ComparisonRow } from './jurisdiction-comparison.rows.js';
import { CONTAIN_LABELS } from '../common/view.grid.js';

type Units = ResolvedShared['units'];

function actualOf(row: ComparisonRow, locale: Locale, units: Units): string {
  const o = row.observation;
  if (!o) return '—';
  return formatFigure(o.value, o.unit, locale, {
    places: sourcePlaces(o.value, o.source?.quote),
    ...(units ? { units } : {}),
  });
}

function statusOf(row: ComparisonRow, vocabulary: StatusVocabulary, locale: Locale): string {
  return row.evaluation
    ? statusLabel(vocabulary.evaluation[row.evaluation.status], locale)
    : t(labels.noTarget, locale);
}

function rankLabel(row: ComparisonRow, locale: Locale): string {
  if (row.rank === undefined) return '—';
  return locale === 'en' ? `#${row.rank}` : `第${row.rank}`;
}

function buildComparison(
  dataset: Dataset,
  options: JurisdictionComparisonOptions,
  shared: ResolvedShared,
): ViewModel {
  const { locale } = shared;
  const problem = checkSelection(dataset, options, locale);
  if (problem) return stateModel('error', problem.message, shared);
  const parent = options.jurisdictionId;
  const scope = new Set(
    dataset.jurisdictions.filter((j) => (parent ? j.parentId === parent : true)).map((j) => j.id),
  );
  const key = pickComparison(dataset, scope, {
    ...(options.indicatorIds?.[0] ? { indicatorId: options.indicatorIds[0] } : {}),
    ...(options.measure ? { measure: options.measure } : {}),
    ...(options.period ? { period: options.period } : {}),
  });
  const rows = key ? comparisonRows(dataset, scope, key, options.evaluate) : [];
  if (!key || rows.length === 0) {
    return stateModel('empty', locale === 'en' ? 'No figures to compare' : '暂无可比较的数据', shared);
  }
  const theme = resolveTheme(shared.theme);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const units = shared.units;
  const book = new ElementBook();
  const indicatorName = indicatorLabel(key.indicator, key.measure, locale);
  const title = `${indicatorName} · ${formatPeriod(key.period, locale)} ${locale === 'en' ? 'by jurisdiction' : '各地区对比'}`;
  const names = rows.map((row) => `${rankLabel(row, locale)} ${nameIn(row.jurisdiction, locale)}`);
  const unit = rows.find((r) => r.target)?.target?.unit ?? rows[0]?.observation?.unit ?? key.indicator.unit;

  const tip = (row: ComparisonRow) => {
    const parts = [
      nameIn(row.jurisdiction, locale),
      row.target ? formatTargetLabel(row.target, locale, units) : t(labels.noTarget, locale),
      `${t(labels.actual, locale)} ${actualOf(row, locale, units)}`,
      `${statusOf(row, vocabulary, locale)}${row.evaluation?.gap ? ` ${gapText(row.evaluation, locale, units)}` : ''}`,
    ];
    if (row.rank !== undefined) parts.push(`${t(labels.rank, locale)} ${rankLabel(row, locale)}`);
    return parts.join('\n');
  };
  const targetData = rows.map((row, i) => {
    if (row.target) book.set(0, i, tip(row), { kind: 'jurisdiction', id: row.jurisdiction.id });
    return row.target
      ? { value: [row.target.value, i], name: formatTargetLabel(row.target, locale, units) }
      : null;
  });
  const actualData = rows.map((row, i) => {
    if (!row.observation) return null;
    book.set(1, i, tip(row), { kind: 'jurisdiction', id: row.jurisdiction.id });
    const style = row.evaluation ? vocabulary.evaluation[row.evaluation.status] : undefined;
    return {
      value: [row.observation.value, i],
      name: actualOf(row, locale, units),
      symbol: style?.symbol ?? 'circle',
      itemStyle: { color: style ? style.color[theme.name] : theme.surfaces.actual },
      label: { show: true, formatter: '{b}', position: 'right', color: theme.surfaces.text },
    };
  });
  const bars = rows.flatMap((row, i) =>
    row.target && row.observation
      ? [[{ coord: [row.target.value, i] }, { coord: [row.observation.value, i] }]]
      : [],
  );
  const axis = axisStyle(theme);
  const targetName = t(labels.target, locale);
  const actualName = t(labels.actual, locale);
  const table = new TableBuilder(title, [
    { key: 'rank', label: t(labels.rank, locale), numeric: true },
    { key: 'jurisdiction', label: t(labels.jurisdiction, locale) },
    { key: 'target', label: targetName, numeric: true },
    { key: 'actual', label: actualName, numeric: true },
    { key: 'status', label: t(labels.status, locale) },
  ]);
  for (const row of rows) {
    table.add(
      [
        rankLabel(row, locale),
        nameIn(row.jurisdiction, locale),
        row.target ? formatTargetValue(row.target, locale, units) : '—',
        actualOf(row, locale, units),
        statusOf(row, vocabulary, locale),
      ],
      { kind: 'jurisdiction', id: row.jurisdiction.id },
    );
  }
  const colon = locale === 'en' ? ': ' : '：';
  const comma = locale === 'en' ? ', ' : '，';
  const description = describe(
    title,
    rows.map(
      (row) =>
        `${rankLabel(row, locale)} ${nameIn(row.jurisdiction, locale)}${colon}` +
        [
          row.target ? formatTargetLabel(row.target, locale, units) : t(labels.noTarget, locale),
          `${actualName} ${actualOf(row, locale, units)}`,
          statusOf(row, vocabulary, locale),
        ].join(comma),
    ),
    locale,
  );
  const option: EChartsOption = {
    ...baseOption(shared, description, title),
    legend: {
      top: shared.showTitle ? 28 : 4,
      data: [targetName, actualName],
      textStyle: { color: theme.surfaces.text },
    },
    grid: { left: 16, right: 96, top: shared.showTitle ? 64 : 36, bottom: 24, ...CONTAIN_LABELS },
    xAxis: { type: 'value', scale: true, name: unit, ...axis },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        color: theme.surfaces.text,
        width: 140,
        overflow: 'truncate',
        interval: 0,
      },
    },
    series: [
      {
        type: 'scatter',
        name: targetName,
        symbol: 'rect',
        symbolSize: [4, 20],
        itemStyle: { color: theme.surfaces.target },
        data: targetData,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.surfaces.axisLine, width: 3, type: 'solid' },
          data: bars,
        },
      },
      {
        type: 'scatter',
        name: actualName,
        symbolSize: 14,
        itemStyle: { color: theme.surfaces.actual },
        data: actualData,
      },
    ] as EChartsOption['series'],
  };
  return readyModel(option, description, table, book);
}

/**
 * 6. Jurisdiction comparison: a dumbbell of target and actual per district, ranked by the actual
 * (best first for the indicator's direction), with the rank on each row.
 */
export const jurisdictionComparison: View<JurisdictionComparisonOptions> = defineView(
  'jurisdiction-comparison',
  jurisdictionComparisonInstall,
  buildComparison,
);
