import type { Dataset, Locale } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { formatNumber, formatPoints } from '../../format/format.number.js';
import { resolveStatusVocabulary, statusItemStyle, statusLabel } from '../../status/status.vocabulary.js';
import { axisStyle, resolveTheme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import { actualText, gapText, rowSummary, rowTooltip, targetText } from '../common/view.row-text.js';
import { baseOption, stateModel, readyModel } from '../common/view.state.js';
import { rowName, scopeTitle, selectTargets, type TargetRow } from '../common/view.targets.js';
import { varianceDefaults, type VarianceOptions } from './variance.config.js';
import { varianceInstall } from './variance.install.js';
import { CONTAIN_LABELS } from '../common/view.grid.js';

/** The plotted gap: pp for rates, percent of target for levels; undefined when there is none. */
export function plottedGap(row: TargetRow): { value: number; text: (locale: Locale) => string } | undefined {
  const gap = row.evaluation.gap;
  if (!gap) return undefined;
  if (gap.unit === 'pp') return { value: gap.absolute, text: (locale) => formatPoints(gap.absolute, locale) };
  if (gap.relative === undefined) return undefined;
  const relative = gap.relative;
  return {
    value: relative,
    text: (locale) =>
      `${formatNumber(relative, locale, undefined, true)}%${locale === 'en' ? ' of target' : '（相对目标）'}`,
  };
}

function buildVariance(dataset: Dataset, options: VarianceOptions, shared: ResolvedShared): ViewModel {
  const { locale } = shared;
  const config = { ...varianceDefaults, ...options };
  const picked = selectTargets(dataset, options, locale, {
    preferActuals: true,
    ...(options.evaluate ? { evaluate: options.evaluate } : {}),
  });
  if (!picked.ok) return stateModel('error', picked.message, shared);
  const rows = config.showPending ? picked.rows : picked.rows.filter((row) => plottedGap(row));
  if (rows.length === 0)
    return stateModel('empty', locale === 'en' ? 'No targets to show' : '暂无目标数据', shared);

  const theme = resolveTheme(shared.theme);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const units = shared.units;
  const book = new ElementBook();
  const title = `${scopeTitle(picked, locale)} ${locale === 'en' ? 'gap to target' : '目标差距'}`;
  const extent = Math.max(1, ...rows.map((row) => Math.abs(plottedGap(row)?.value ?? 0)));
  const axis = axisStyle(theme);
  const data = rows.map((row, i) => {
    const style = vocabulary.evaluation[row.evaluation.status];
    const gap = plottedGap(row);
    book.set(0, i, rowTooltip(row, vocabulary, locale, units), { kind: 'target', id: row.target.id });
    if (!gap) {
      return {
        value: 0,
        name: statusLabel(style, locale),
        itemStyle: statusItemStyle(style, theme),
        label: { show: true, formatter: '{b}', position: 'right', color: theme.surfaces.textMuted },
      };
    }
    return {
      value: gap.value,
      name: gap.text(locale),
      itemStyle: statusItemStyle(style, theme),
      label: {
        show: true,
        formatter: '{b}',
        position: gap.value < 0 ? 'left' : 'right',
        color: theme.surfaces.text,
      },
    };
  });
  const table = new TableBuilder(title, [
    { key: 'indicator', label: t(labels.indicator, locale) },
    { key: 'target', label: t(labels.target, locale), numeric: true },
    { key: 'actual', label: t(labels.actual, locale), numeric: true },
    { key: 'gap', label: t(labels.gap, locale), numeric: true },
    { key: 'status', label: t(labels.status, locale) },
  ]);
  for (const row of rows) {
    table.add(
      [
        rowName(row, locale),
        targetText(row, locale, units),
        actualText(row, locale, units),
        gapText(row.evaluation, locale, units),
        statusLabel(vocabulary.evaluation[row.evaluation.status], locale),
      ],
      { kind: 'target', id: row.target.id },
    );
  }
  const description = describe(
    title,
    rows.map((row) => rowSummary(row, vocabulary, locale, units)),
    locale,
  );
  const option: EChartsOption = {
    ...baseOption(shared, description, title),
    grid: { left: 16, right: 96, top: shared.showTitle ? 48 : 16, bottom: 40, ...CONTAIN_LABELS },
    xAxis: {
      type: 'value',
      min: -Math.ceil(extent * 1.3),
      max: Math.ceil(extent * 1.3),
      name:
        locale === 'en' ? 'Gap (rates: pp; levels: % of target)' : '差距（增速：个百分点；总量：相对目标%）',
      nameLocation: 'middle',
      nameGap: 28,
      ...axis,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => rowName(row, locale)),
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        color: theme.surfaces.text,
        width: config.labelWidth,
        overflow: 'truncate',
        interval: 0,
      },
    },
    series: [
      {
        type: 'bar',
        name: t(labels.gap, locale),
        barMaxWidth: 22,
        data,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.surfaces.axisLine, type: 'solid', width: 1 },
          data: [{ xAxis: 0 }],
        },
      },
    ] as EChartsOption['series'],
  };
  return readyModel(option, description, table, book);
}

/** 4. Variance: diverging bars of each target's gap (pp for rates, % of target for levels), coloured by status. */
export const variance: View<VarianceOptions> = defineView('variance', varianceInstall, buildVariance);
