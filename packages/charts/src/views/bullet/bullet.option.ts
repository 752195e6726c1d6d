import type { Dataset } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { formatTargetLabel } from '../../format/format.number.js';
import { resolveStatusVocabulary, statusItemStyle, statusLabel } from '../../status/status.vocabulary.js';
import { axisStyle, resolveTheme, type Theme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import { actualText, gapText, rowSummary, rowTooltip, targetText } from '../common/view.row-text.js';
import { readyModel, baseOption, stateModel } from '../common/view.state.js';
import { rowName, scopeTitle, selectTargets, type TargetRow } from '../common/view.targets.js';
import { bulletGeometry, type Band } from './bullet.bands.js';
import { bulletDefaults, type BulletOptions } from './bullet.config.js';
import { bulletInstall } from './bullet.install.js';

/** Series are assembled as plain records and typed once, where the option is returned. */
type SeriesRecord = Record<string, unknown>;

function bandColor(kind: Band['kind'], theme: Theme): string {
  return kind === 'poor'
    ? theme.surfaces.bandPoor
    : kind === 'near'
      ? theme.surfaces.bandNear
      : theme.surfaces.bandGood;
}

function buildBullet(dataset: Dataset, options: BulletOptions, shared: ResolvedShared): ViewModel {
  const { locale } = shared;
  const config = { ...bulletDefaults, ...options };
  const picked = selectTargets(
    dataset,
    options,
    locale,
    options.evaluate ? { evaluate: options.evaluate } : {},
  );
  if (!picked.ok) return stateModel('error', picked.message, shared);
  if (picked.rows.length === 0) {
    return stateModel('empty', locale === 'en' ? 'No targets to show' : '暂无目标数据', shared);
  }
  const theme = resolveTheme(shared.theme);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const units = shared.units;
  const horizontal = config.orientation !== 'vertical';
  const book = new ElementBook();
  const title = `${scopeTitle(picked, locale)} ${locale === 'en' ? 'targets and actuals' : '目标与实际'}`;
  const n = picked.rows.length;
  const top = shared.showTitle ? 10 : 3;
  const span = (horizontal ? 96 : 86) - top;
  const step = span / n;
  const axis = axisStyle(theme);
  const grids: object[] = [];
  const valueAxes: object[] = [];
  const categoryAxes: object[] = [];
  const series: SeriesRecord[] = [];

  picked.rows.forEach((row: TargetRow, i) => {
    const geometry = bulletGeometry(
      row.target,
      row.observation?.value,
      row.indicator.direction,
      options.evaluate,
    );
    const name = rowName(row, locale);
    const selection = { kind: 'target' as const, id: row.target.id };
    const tooltip = rowTooltip(row, vocabulary, locale, units);
    grids.push(
      horizontal
        ? {
            left: config.labelWidth + 24,
            right: 64,
            top: `${top + i * step + step * 0.3}%`,
            height: `${step * 0.45}%`,
          }
        : {
            top: `${top + 6}%`,
            bottom: '14%',
            left: `${4 + (i * 92) / n + (92 / n) * 0.25}%`,
            width: `${(92 / n) * 0.5}%`,
          },
    );
    valueAxes.push({
      type: 'value',
      gridIndex: i,
      min: geometry.min,
      max: geometry.max,
      name: row.target.unit,
      nameLocation: 'end',
      ...axis,
      splitLine: { show: false },
    });
    categoryAxes.push({
      type: 'category',
      gridIndex: i,
      data: [name],
      ...axis,
      axisTick: { show: false },
      axisLabel: {
        ...axis.axisLabel,
        color: theme.surfaces.text,
        width: config.labelWidth,
        overflow: 'truncate',
        interval: 0,
      },
    });
    const at = (value: number) => (horizontal ? [value, 0] : [0, value]);
    const area = (from: number, to: number) =>
      horizontal ? [{ xAxis: from }, { xAxis: to }] : [{ yAxis: from }, { yAxis: to }];
    const axes = { xAxisIndex: i, yAxisIndex: i };

    const status = vocabulary.evaluation[row.evaluation.status];
    const actualIndex = series.length;
    series.push({
      type: 'bar',
      name: `${name} · ${t(labels.actual, locale)}`,
      ...axes,
      barWidth: '50%',
      z: 3,
      data: [
        row.observation ? { value: row.observation.value, itemStyle: statusItemStyle(status, theme) } : null,
      ],
      ...(config.showBands
        ? {
            markArea: {
              silent: true,
              data: geometry.bands.map((band) => [
                { ...area(band.from, band.to)[0], itemStyle: { color: bandColor(band.kind, theme) } },
                area(band.from, band.to)[1],
              ]),
            },
          }
        : {}),
    });
    if (row.observation) book.set(actualIndex, 0, tooltip, selection);

    const targetIndex = series.length;
    const label = formatTargetLabel(row.target, locale, units);
    series.push({
      type: 'scatter',
      name: `${name} · ${t(labels.target, locale)}`,
      ...axes,
      z: 4,
      symbol: 'rect',
      symbolSize: horizontal ? [3, 26] : [26, 3],
      itemStyle: { color: theme.surfaces.target },
      data: geometry.markers.map((value, k) => ({
        name: label,
        value: at(value),
        label: {
          show: k === 0,
          formatter: '{b}',
          position: horizontal ? 'top' : 'right',
          color: theme.surfaces.text,
        },
      })),
      ...(geometry.targetBand
        ? {
            markArea: {
              silent: true,
              itemStyle: {
                color: theme.surfaces.target,
                opacity: 0.12,
                borderColor: theme.surfaces.target,
                borderWidth: 1,
                borderType: 'dashed',
              },
              data: [area(geometry.targetBand.from, geometry.targetBand.to)],
            },
          }
        : {}),
    });
    geometry.markers.forEach((_, k) => book.set(targetIndex, k, tooltip, selection));

    if (!row.observation) {
      const pendingIndex = series.length;
      series.push({
        type: 'scatter',
        name: `${name} · ${statusLabel(status, locale)}`,
        ...axes,
        symbol: status.symbol,
        symbolSize: 10,
        itemStyle: { color: status.color[theme.name] },
        data: [
          {
            name: statusLabel(status, locale),
            value: at(geometry.min),
            label: {
              show: true,
              formatter: '{b}',
              position: horizontal ? 'right' : 'top',
              color: theme.surfaces.textMuted,
            },
          },
        ],
      });
      book.set(pendingIndex, 0, tooltip, selection);
    }
  });

  const table = new TableBuilder(title, [
    { key: 'indicator', label: t(labels.indicator, locale) },
    { key: 'target', label: t(labels.target, locale), numeric: true },
    { key: 'actual', label: t(labels.actual, locale), numeric: true },
    { key: 'status', label: t(labels.status, locale) },
    { key: 'gap', label: t(labels.gap, locale), numeric: true },
  ]);
  for (const row of picked.rows) {
    table.add(
      [
        rowName(row, locale),
        targetText(row, locale, units),
        actualText(row, locale, units),
        statusLabel(vocabulary.evaluation[row.evaluation.status], locale),
        gapText(row.evaluation, locale, units),
      ],
      { kind: 'target', id: row.target.id },
    );
  }
  const description = describe(
    title,
    picked.rows.map((row) => rowSummary(row, vocabulary, locale, units)),
    locale,
  );
  return readyModel(
    {
      ...baseOption(shared, description, title),
      grid: grids,
      xAxis: horizontal ? valueAxes : categoryAxes,
      yAxis: horizontal ? categoryAxes : valueAxes,
      series,
    } as EChartsOption,
    description,
    table,
    book,
  );
}

/**
 * 1. Bullet: each indicator's actual as a bar coloured by its status, the target as a labelled marker
 * (`目标 ≥10%`), an `approx` or `range` target as the band it allows, and the qualitative bands of the
 * comparison engine behind. Pending targets show the target and a `待公布` mark.
 */
export const bullet: View<BulletOptions> = defineView('bullet', bulletInstall, buildBullet, [
  'jurisdictions',
  'reports',
  'indicators',
  'targets',
  'observations',
]);
