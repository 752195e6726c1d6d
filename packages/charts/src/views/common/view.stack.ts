import type { EChartsOption } from 'echarts';
import type { Locale, TaskStatus } from '@luoshi/core';
import { formatNumber } from '../../format/format.number.js';
import {
  statusItemStyle,
  statusLabel,
  taskStatusOrder,
  type StatusVocabulary,
} from '../../status/status.vocabulary.js';
import { axisStyle, type Theme } from '../../theme/theme.js';
import type { Selection } from '../../view/view.types.js';
import type { ElementBook } from './view.define.js';
import { labels, t } from './view.labels.js';
import { CONTAIN_LABELS } from './view.grid.js';
import { textWidth } from '../../echarts/echarts.text.js';
import { cutNote, distinctLabels, labelColumn, labelFont, rowsThatFit } from './view.layout.js';
import type { ResolvedShared } from './view.options.js';

/** One bar of a stacked status chart: a unit or a category, with its task count per status. */
export interface StatusRow {
  /** The full name; the axis may truncate it, the tooltip and table never do. */
  name: string;
  counts: Record<TaskStatus, number>;
  /** Of `counts`, the tasks whose status is luoshi's suggestion (no status was recorded). */
  suggested?: Record<TaskStatus, number>;
  /** What a click on the row stands for. */
  selection?: Selection;
  /** What a click on one status's segment stands for, where it differs from the row's `selection`. */
  segmentSelections?: Partial<Record<TaskStatus, Selection>>;
}

/** Zero counts for every status. */
export function emptyCounts(): Record<TaskStatus, number> {
  return Object.fromEntries(taskStatusOrder.map((s) => [s, 0])) as Record<TaskStatus, number>;
}

/** The total of a row. */
export function rowTotal(row: StatusRow): number {
  return taskStatusOrder.reduce((sum, s) => sum + row.counts[s], 0);
}

/** The statuses that occur in any row, in the vocabulary's order (so the legend lists only what is drawn). */
export function presentStatuses(rows: readonly StatusRow[]): TaskStatus[] {
  return taskStatusOrder.filter((s) => rows.some((row) => row.counts[s] > 0));
}

/** `3项` / `3 tasks`. */
export function taskCount(n: number, locale: Locale): string {
  return locale === 'en'
    ? `${formatNumber(n, locale, 0)} task${n === 1 ? '' : 's'}`
    : `${formatNumber(n, locale, 0)}项`;
}

/** `建议` / `suggested`: the mark of a status luoshi suggested and no person recorded. */
export function suggestedWord(locale: Locale): string {
  return locale === 'en' ? 'suggested' : '建议';
}

/** A status label marked as suggested: `已完成（建议）` / `Completed (suggested)`. */
export function suggestedLabel(label: string, locale: Locale): string {
  return locale === 'en' ? `${label} (${suggestedWord(locale)})` : `${label}（${suggestedWord(locale)}）`;
}

/** A table cell for a count of which some are suggested: `5（建议 2）` / `5 (2 suggested)`. */
export function countCell(row: StatusRow, status: TaskStatus, locale: Locale): string {
  const n = row.counts[status];
  const suggested = row.suggested?.[status] ?? 0;
  if (suggested === 0) return String(n);
  return locale === 'en' ? `${n} (${suggested} suggested)` : `${n}（建议 ${suggested}）`;
}

/** A `#RRGGBB` colour at a third of its strength (other notations are kept as given). */
function paler(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}55` : color;
}

/** The pixel layout of a stacked chart: rows that fit, the label column, the legend's lines. */
const ROW_PITCH = 22;

/**
 * Horizontal bars of tasks stacked by status, one bar per row, first row on top. Each segment carries its
 * status colour (and its decal in high-contrast mode); a suggested status is drawn as an outlined, paler
 * segment of its own, named `（建议）` in the legend and tooltip. Only the rows that fit the chart's
 * height are drawn (no scrolling: a server SVG cannot scroll), with a note saying how many are left out;
 * the table has them all.
 */
export function stackedStatusParts(
  rows: readonly StatusRow[],
  context: {
    vocabulary: StatusVocabulary;
    theme: Theme;
    locale: Locale;
    /** Kept for compatibility: the rows shown are the rows that fit. */
    visibleRows: number;
    labelWidth: number;
    top: number;
    shared?: ResolvedShared;
  },
  book: ElementBook,
): Pick<EChartsOption, 'grid' | 'xAxis' | 'yAxis' | 'series' | 'legend' | 'dataZoom' | 'graphic'> {
  const { vocabulary, theme, locale } = context;
  const width = context.shared?.width ?? 640;
  const height = context.shared?.height ?? 400;
  const highContrast = context.shared?.highContrast ?? false;
  const fontSize = theme.typography.fontSize;
  const font = labelFont(fontSize);
  const statuses = presentStatuses(rows);
  const entries: { status: TaskStatus; suggested: boolean; label: string }[] = [];
  for (const status of statuses) {
    const label = statusLabel(vocabulary.task[status], locale);
    if (rows.some((row) => row.counts[status] - (row.suggested?.[status] ?? 0) > 0))
      entries.push({ status, suggested: false, label });
    if (rows.some((row) => (row.suggested?.[status] ?? 0) > 0))
      entries.push({ status, suggested: true, label: suggestedLabel(label, locale) });
  }
  // The legend wraps over as many lines as its items need at this width.
  let lines = 1;
  let x = 0;
  for (const entry of entries) {
    const w = 25 + 5 + textWidth(entry.label, font) + 10;
    if (x + w > width - 16 && x > 0) {
      lines += 1;
      x = 0;
    }
    x += w;
  }
  const legendHeight = lines * 20;
  const top = context.top + legendHeight + 8;
  const axisRoom = 44;
  let shown = rowsThatFit(height - top - axisRoom, ROW_PITCH, rows.length);
  if (shown < rows.length) shown = rowsThatFit(height - top - axisRoom - 18, ROW_PITCH, rows.length);
  const visible = rows.slice(0, shown);
  const column = labelColumn(width, context.labelWidth);
  const names = distinctLabels(
    visible.map((row) => row.name),
    column,
    fontSize,
  );
  const series = entries.map((entry, seriesIndex) => {
    const style = vocabulary.task[entry.status];
    const countOf = (row: StatusRow) => {
      const suggested = row.suggested?.[entry.status] ?? 0;
      return entry.suggested ? suggested : row.counts[entry.status] - suggested;
    };
    visible.forEach((row, dataIndex) => {
      const n = countOf(row);
      if (n === 0) return;
      const tip = `${row.name}\n${entry.label}${locale === 'en' ? ': ' : '：'}${taskCount(n, locale)} / ${t(labels.total, locale)} ${taskCount(rowTotal(row), locale)}`;
      book.set(seriesIndex, dataIndex, tip, row.segmentSelections?.[entry.status] ?? row.selection);
    });
    const solid = statusItemStyle(style, theme, highContrast);
    return {
      type: 'bar' as const,
      name: entry.label,
      stack: 'tasks',
      barMaxWidth: 16,
      // A suggestion is drawn paler and outlined in its status colour: the outline keeps 3:1.
      itemStyle: entry.suggested
        ? { color: paler(solid.color), borderColor: solid.color, borderWidth: 1.5 }
        : solid,
      emphasis: { focus: 'series' as const },
      // No element for an empty segment: 0 would still draw one (216 for 67 visible segments).
      data: visible.map((row) => (countOf(row) === 0 ? null : countOf(row))),
    };
  });
  const axis = axisStyle(theme);
  const max = Math.max(1, ...visible.map(rowTotal));
  const shared = context.shared;
  return {
    legend: {
      top: context.top,
      left: 8,
      right: 8,
      data: entries.map((e) => e.label),
      textStyle: { color: theme.surfaces.text },
    },
    grid: { left: 8, right: 24, top, bottom: shown < rows.length ? 40 : 22, ...CONTAIN_LABELS },
    xAxis: {
      type: 'value',
      minInterval: 1,
      ...(max <= 5 ? { max } : {}),
      name: t(labels.tasks, locale),
      nameLocation: 'middle',
      nameGap: 22,
      ...axis,
      axisLabel: { ...axis.axisLabel, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      ...axis,
      axisLabel: {
        ...axis.axisLabel,
        color: theme.surfaces.text,
        interval: 0,
        width: column,
        overflow: 'truncate',
      },
    },
    ...(shown < rows.length && shared ? { graphic: [cutNote(shown, rows.length, shared, theme)] } : {}),
    series,
  };
}
