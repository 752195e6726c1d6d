import type { Dataset, Locale, Observation } from '@luoshi/core';
import { findPreviousActual } from '@luoshi/core';
import type { EChartsOption } from 'echarts';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { textWidth, truncateText } from '../../echarts/echarts.text.js';
import { formatFigure, formatTargetLabel } from '../../format/format.number.js';
import { formatPeriod } from '../../format/format.period.js';
import { sourcePlaces } from '../../format/format.precision.js';
import { axisUnitName, isCountUnit } from '../../format/format.units.js';
import { resolveStatusVocabulary, statusItemStyle, statusLabel } from '../../status/status.vocabulary.js';
import { axisStyle, resolveTheme, type Theme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, t } from '../common/view.labels.js';
import { cutNote, distinctLabels, labelFont, rowsThatFit } from '../common/view.layout.js';
import type { ResolvedShared } from '../common/view.options.js';
import { actualText, gapText, rowSummary, rowTooltip, targetText } from '../common/view.row-text.js';
import { readyModel, baseOption, stateModel } from '../common/view.state.js';
import { rowName, scopeTitle, selectTargets, type TargetRow } from '../common/view.targets.js';
import { bulletGeometry, type Band } from './bullet.bands.js';
import { bulletDefaults, type BulletOptions } from './bullet.config.js';
import { bulletInstall } from './bullet.install.js';
import { buildVerticalBullet } from './bullet.vertical.js';

/** Series are assembled as plain records and typed once, where the option is returned. */
type SeriesRecord = Record<string, unknown>;

function bandColor(kind: Band['kind'], theme: Theme): string {
  return kind === 'poor'
    ? theme.surfaces.bandPoor
    : kind === 'near'
      ? theme.surfaces.bandNear
      : theme.surfaces.bandGood;
}

/** Pixel sizes of a bullet row: its header (name and figures), its bar, its tick labels. */
const ROW = { header: 16, bar: 14, ticks: 14, gap: 10 } as const;

/** The latest earlier actual of a pending target: what a reader compares the target with meanwhile. */
function previousActual(dataset: Dataset, row: TargetRow): Observation | undefined {
  return row.observation ? undefined : findPreviousActual(dataset, row.target);
}

/** The figures a row prints: `5.4% / 目标 5.5%`, or `2024年 5.4% / 目标 5.5%` while pending. */
function rowFigures(
  row: TargetRow,
  prior: Observation | undefined,
  locale: Locale,
  units: ResolvedShared['units'],
): string {
  const target = formatTargetLabel(row.target, locale, units);
  if (row.observation) return `${actualText(row, locale, units)} / ${target}`;
  if (prior) {
    const figure = formatFigure(prior.value, prior.unit, locale, {
      places: sourcePlaces(prior.value, prior.source?.quote),
      ...(units ? { units } : {}),
    });
    return `${formatPeriod(prior.period, locale)}${locale === 'en' ? ': ' : ' '}${figure} / ${target}`;
  }
  return `${t(labels.pending, locale)} / ${target}`;
}

/** The band legend above the rows: what the three shades behind each bar mean. */
function bandLegend(
  theme: Theme,
  locale: Locale,
  y: number,
  vocabulary: ReturnType<typeof resolveStatusVocabulary>,
): object[] {
  const font = labelFont(theme.typography.fontSize);
  const items: [Band['kind'], string][] = [
    ['poor', statusLabel(vocabulary.evaluation.missed, locale)],
    ['near', statusLabel(vocabulary.evaluation.near, locale)],
    ['good', statusLabel(vocabulary.evaluation.met, locale)],
  ];
  const lead = locale === 'en' ? 'Bands:' : '背景区间：';
  const out: object[] = [
    {
      type: 'text',
      left: 8,
      top: y,
      silent: true,
      style: { text: lead, fill: theme.surfaces.textMuted, font },
    },
  ];
  let x = 8 + textWidth(lead, font) + 6;
  for (const [kind, label] of items) {
    out.push({
      type: 'rect',
      left: x,
      top: y + 1,
      silent: true,
      shape: { width: 12, height: 10 },
      style: { fill: bandColor(kind, theme), stroke: theme.surfaces.axisLine, lineWidth: 1 },
    });
    out.push({
      type: 'text',
      left: x + 16,
      top: y,
      silent: true,
      style: { text: label, fill: theme.surfaces.textMuted, font },
    });
    x += 16 + textWidth(label, font) + 12;
  }
  return out;
}

function buildBullet(dataset: Dataset, options: BulletOptions, shared: ResolvedShared): ViewModel {
  if (options.orientation === 'vertical') return buildVerticalBullet(dataset, options, shared);
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
  const book = new ElementBook();
  const title = `${scopeTitle(picked, locale)} ${locale === 'en' ? 'targets and actuals' : '目标与实际'}`;
  const { width, height } = shared;
  const fontSize = theme.typography.fontSize;
  const font = labelFont(fontSize);
  // On narrow charts the figures go on a line of their own under the name; on wide ones beside it.
  const stacked = width < 560;
  const rowHeight = ROW.header * (stacked ? 2 : 1) + 2 + ROW.bar + ROW.ticks + ROW.gap;
  const legendTop = shared.showTitle ? 30 : 4;
  const top = legendTop + (config.showBands ? 20 : 0);
  const all = picked.rows;
  let shown = rowsThatFit(height - top - 4, rowHeight, all.length);
  if (shown < all.length) shown = rowsThatFit(height - top - 24, rowHeight, all.length);
  const rows = all.slice(0, shown);
  const pitch = Math.min(rowHeight * 1.5, (height - top - (shown < all.length ? 24 : 4)) / shown);
  const axis = axisStyle(theme);
  const grids: object[] = [];
  const valueAxes: object[] = [];
  const categoryAxes: object[] = [];
  const series: SeriesRecord[] = [];
  const graphics: object[] = config.showBands ? bandLegend(theme, locale, legendTop, vocabulary) : [];
  const names = rows.map((row) => {
    const unit = axisUnitName(row.target.unit, locale, units);
    return locale === 'en' ? `${rowName(row, locale)} (${unit})` : `${rowName(row, locale)}（${unit}）`;
  });
  const figures = rows.map((row) => rowFigures(row, previousActual(dataset, row), locale, units));
  const figureWidth = Math.max(...figures.map((f) => textWidth(f, font)));
  // Server-side widths are estimates: leave a fifth more room than measured between name and figures.
  const nameRoom = stacked ? width - 16 : Math.max(80, width - 16 - figureWidth * 1.2 - 16);
  const shownNames = distinctLabels(names, nameRoom, fontSize);
  rows.forEach((row, i) => {
    const prior = previousActual(dataset, row);
    const geometry = bulletGeometry(
      row.target,
      row.observation?.value ?? prior?.value,
      row.indicator.direction,
      options.evaluate,
    );
    const count = row.target.measure === 'count' || isCountUnit(row.target.unit);
    const y = top + i * pitch;
    const name = rowName(row, locale);
    const selection = { kind: 'target' as const, id: row.target.id };
    const tooltip = rowTooltip(row, vocabulary, locale, units);
    graphics.push({
      type: 'text',
      left: 8,
      top: y,
      silent: true,
      style: { text: shownNames[i], fill: theme.surfaces.text, font: `bold ${font}` },
    });
    graphics.push({
      type: 'text',
      // Anchored by its right end, so a font wider than the server's estimate grows inwards, not off the chart.
      ...(stacked ? { x: 8, y: y + ROW.header } : { x: width - 8, y }),
      silent: true,
      style: {
        align: stacked ? 'left' : 'right',
        text: truncateText(figures[i]!, stacked ? width - 16 : figureWidth + 2, font, '…'),
        fill: row.observation ? theme.surfaces.text : theme.surfaces.textMuted,
        font,
      },
    });
    const barTop = y + ROW.header * (stacked ? 2 : 1) + 2;
    grids.push({ left: 12, right: 20, top: barTop, height: ROW.bar });
    valueAxes.push({
      type: 'value',
      gridIndex: i,
      min: count ? Math.floor(geometry.min) : geometry.min,
      max: count ? Math.ceil(geometry.max) : geometry.max,
      ...(count ? { minInterval: 1 } : {}),
      splitNumber: width < 480 ? 3 : 5,
      ...axis,
      axisLabel: { ...axis.axisLabel, fontSize: 11, hideOverlap: true, margin: 3 },
      splitLine: { show: false },
    });
    categoryAxes.push({
      type: 'category',
      gridIndex: i,
      data: [name],
      ...axis,
      axisTick: { show: false },
      axisLabel: { show: false },
    });
    const area = (from: number, to: number) => [{ xAxis: from }, { xAxis: to }];
    const axes = { xAxisIndex: i, yAxisIndex: i };
    const status = vocabulary.evaluation[row.evaluation.status];
    const barIndex = series.length;
    const bar = row.observation
      ? { value: row.observation.value, itemStyle: statusItemStyle(status, theme, shared.highContrast) }
      : prior
        ? {
            value: prior.value,
            // A ghost: last year's actual, outlined, for a target whose own actual is not out yet.
            itemStyle: {
              color: 'rgba(0,0,0,0)',
              borderColor: theme.surfaces.textMuted,
              borderWidth: 1,
              borderType: 'dashed',
            },
          }
        : null;
    series.push({
      type: 'bar',
      name: `${name} · ${row.observation ? t(labels.actual, locale) : statusLabel(status, locale)}`,
      ...axes,
      barWidth: '70%',
      z: 3,
      data: [bar],
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
    if (bar) book.set(barIndex, 0, tooltip, selection);
    const targetIndex = series.length;
    const label = formatTargetLabel(row.target, locale, units);
    series.push({
      type: 'scatter',
      name: `${name} · ${t(labels.target, locale)}`,
      ...axes,
      z: 4,
      symbol: 'rect',
      symbolSize: [3, ROW.bar + 4],
      itemStyle: { color: theme.surfaces.target },
      data: geometry.markers.map((value) => ({ name: label, value: [value, 0] })),
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
  });
  if (shown < all.length) graphics.push(cutNote(shown, all.length, shared, theme));

  const table = new TableBuilder(title, [
    { key: 'indicator', label: t(labels.indicator, locale) },
    { key: 'target', label: t(labels.target, locale), numeric: true },
    { key: 'actual', label: t(labels.actual, locale), numeric: true },
    { key: 'status', label: t(labels.status, locale) },
    { key: 'gap', label: t(labels.gap, locale), numeric: true },
  ]);
  for (const row of all) {
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
  const bandsNote =
    locale === 'en'
      ? 'Shaded bands behind each bar, darkest first: missed, near, met.'
      : '每行背景由深到浅依次为未达标、接近、达标区间。';
  const description = describe(
    `${title}${config.showBands ? (locale === 'en' ? ` (${bandsNote})` : `（${bandsNote}）`) : ''}`,
    all.map((row) => {
      const prior = previousActual(dataset, row);
      const summary = rowSummary(row, vocabulary, locale, units);
      return prior
        ? `${summary}${locale === 'en' ? '; latest actual ' : '；最近实际 '}${rowFigures(row, prior, locale, units).split(' / ')[0]}`
        : summary;
    }),
    locale,
  );
  return readyModel(
    {
      ...baseOption(shared, description, title),
      grid: grids,
      xAxis: valueAxes,
      yAxis: categoryAxes,
      series,
      graphic: graphics,
    } as EChartsOption,
    description,
    table,
    book,
  );
}

/**
 * 1. Bullet: each indicator's actual as a bar coloured by its status, the target as a marker (an
 * `approx` or `range` target as the band it allows), the qualitative bands of the comparison engine
 * behind, and the figures printed on each row (`5.4% / 目标 5.5%`). A pending target shows the latest
 * earlier actual as an outlined ghost bar with its period (`2024年 5.4% / 目标 5.5%`). Rows that do not
 * fit the chart's height are left out with a note; the table has them all.
 */
export const bullet: View<BulletOptions> = defineView('bullet', bulletInstall, buildBullet, [
  'jurisdictions',
  'reports',
  'indicators',
  'targets',
  'observations',
]);
