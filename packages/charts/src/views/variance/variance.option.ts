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
import { cutNote, distinctLabels, labelColumn, rowsThatFit } from '../common/view.layout.js';

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
  const axis = axisStyle(theme);
  const isRate = (row: TargetRow) => row.target.measure === 'growth' || row.target.measure === 'share';
  // One unit per axis: rates in percentage points, levels in percent of their target, each its own panel.
  const { width, height } = shared;
  const top = shared.showTitle ? 36 : 8;
  const panelHead = 22;
  const pitch = 24;
  const groups = [rows.filter(isRate), rows.filter((row) => !isRate(row))].filter((g) => g.length > 0);
  const room = height - top - groups.length * (panelHead + 28) - 4;
  let fit = rowsThatFit(room, pitch, rows.length);
  if (fit < rows.length) fit = rowsThatFit(room - 18, pitch, rows.length);
  const cut = fit < rows.length;
  // Each panel keeps at least one row; the rest of the room goes to the panels in order.
  let left = fit - groups.length;
  const panels = groups.map((group) => {
    const take = Math.min(group.length - 1, Math.max(0, left));
    left -= take;
    return group.slice(0, 1 + take);
  });
  const column = labelColumn(width, config.labelWidth);
  const grids: object[] = [];
  const xAxes: object[] = [];
  const yAxes: object[] = [];
  const series: object[] = [];
  const graphics: object[] = [];
  let y = top;
  let seriesIndex = 0;
  for (const panel of panels) {
    const rate = isRate(panel[0]!);
    const extent = Math.max(1, ...panel.map((row) => Math.abs(plottedGap(row)?.value ?? 0)));
    const heading = rate
      ? locale === 'en'
        ? 'Rates: gap in percentage points'
        : '增速：差距（个百分点）'
      : locale === 'en'
        ? 'Levels: gap in % of target'
        : '总量：差距（相对目标%）';
    graphics.push({
      type: 'text',
      left: 8,
      top: y,
      silent: true,
      style: {
        text: heading,
        fill: theme.surfaces.textMuted,
        font: `${theme.typography.fontSize}px ${theme.typography.fontFamily}`,
      },
    });
    const plotTop = y + panelHead;
    const plotHeight = panel.length * pitch;
    grids.push({ left: 8, right: 16, top: plotTop, height: plotHeight, ...CONTAIN_LABELS });
    const index = grids.length - 1;
    // Room on both sides for a value label beyond the bar's end.
    const reach = Math.ceil(extent * 1.8);
    xAxes.push({
      type: 'value',
      gridIndex: index,
      min: -reach,
      max: reach,
      ...axis,
      axisLabel: { ...axis.axisLabel, hideOverlap: true },
    });
    yAxes.push({
      type: 'category',
      gridIndex: index,
      inverse: true,
      data: distinctLabels(
        panel.map((row) => rowName(row, locale)),
        column,
        theme.typography.fontSize,
      ),
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        color: theme.surfaces.text,
        width: column,
        overflow: 'truncate',
        interval: 0,
      },
    });
    const data = panel.map((row, i) => {
      const style = vocabulary.evaluation[row.evaluation.status];
      const gap = plottedGap(row);
      book.set(seriesIndex, i, rowTooltip(row, vocabulary, locale, units), {
        kind: 'target',
        id: row.target.id,
      });
      if (!gap) {
        return {
          value: 0,
          name: statusLabel(style, locale),
          itemStyle: statusItemStyle(style, theme, shared.highContrast),
          label: { show: true, formatter: '{b}', position: 'right', color: theme.surfaces.textMuted },
        };
      }
      return {
        value: gap.value,
        name: gap.text(locale),
        itemStyle: statusItemStyle(style, theme, shared.highContrast),
        label: {
          show: true,
          formatter: '{b}',
          position: gap.value < 0 ? 'left' : 'right',
          color: theme.surfaces.text,
        },
      };
    });
    series.push({
      type: 'bar',
      name: t(labels.gap, locale),
      xAxisIndex: index,
      yAxisIndex: index,
      barMaxWidth: 16,
      data,
      markLine: {
        silent: true,
        symbol: 'none',
        label: { show: false },
        lineStyle: { color: theme.surfaces.axisLine, type: 'solid', width: 1 },
        data: [{ xAxis: 0 }],
      },
    });
    seriesIndex += 1;
    y = plotTop + plotHeight + 28;
  }
  const drawn = panels.reduce((n, p) => n + p.length, 0);
  if (cut || drawn < rows.length) graphics.push(cutNote(drawn, rows.length, shared, theme));
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
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: series as EChartsOption['series'],
    graphic: graphics,
  } as EChartsOption;
  return readyModel(option, description, table, book);
}

/**
 * 4. Variance: diverging bars of each target's gap, coloured by status, one unit per axis: rates in
 * percentage points in one panel, levels in percent of their target in another.
 */
export const variance: View<VarianceOptions> = defineView('variance', varianceInstall, buildVariance);
