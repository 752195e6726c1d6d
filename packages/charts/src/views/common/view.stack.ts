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

/** One bar of a stacked status chart: a unit or a category, with its task count per status. */
export interface StatusRow {
  /** The full name; the axis may truncate it, the tooltip and table never do. */
  name: string;
  counts: Record<TaskStatus, number>;
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

/**
 * Horizontal bars of tasks stacked by status, one bar per row, first row on top. Each segment carries its
 * status colour and decal; its tooltip names the row in full. With more rows than `visibleRows`, the
 * category axis scrolls (a slider and the mouse wheel).
 */
export function stackedStatusParts(
  rows: readonly StatusRow[],
  context: {
    vocabulary: StatusVocabulary;
    theme: Theme;
    locale: Locale;
    visibleRows: number;
    labelWidth: number;
    top: number;
  },
  book: ElementBook,
): Pick<EChartsOption, 'grid' | 'xAxis' | 'yAxis' | 'series' | 'legend' | 'dataZoom'> {
  const { vocabulary, theme, locale } = context;
  const statuses = presentStatuses(rows);
  const scroll = rows.length > context.visibleRows;
  const series = statuses.map((status, seriesIndex) => {
    const style = vocabulary.task[status];
    const label = statusLabel(style, locale);
    rows.forEach((row, dataIndex) => {
      const n = row.counts[status];
      if (n === 0) return;
      const tip = `${row.name}\n${label}${locale === 'en' ? ': ' : '：'}${taskCount(n, locale)} / ${t(labels.total, locale)} ${taskCount(rowTotal(row), locale)}`;
      book.set(seriesIndex, dataIndex, tip, row.segmentSelections?.[status] ?? row.selection);
    });
    return {
      type: 'bar' as const,
      name: label,
      stack: 'tasks',
      barMaxWidth: 24,
      itemStyle: statusItemStyle(style, theme),
      emphasis: { focus: 'series' as const },
      // No element for an empty segment: 0 would still draw one (216 for 67 visible segments).
      data: rows.map((row) => (row.counts[status] === 0 ? null : row.counts[status])),
    };
  });
  const axis = axisStyle(theme);
  return {
    legend: {
      top: context.top,
      data: statuses.map((s) => statusLabel(vocabulary.task[s], locale)),
      textStyle: { color: theme.surfaces.text },
      type: 'scroll',
    },
    grid: { left: 16, right: scroll ? 48 : 24, top: context.top + 32, bottom: 24, ...CONTAIN_LABELS },
    xAxis: { type: 'value', minInterval: 1, name: t(labels.tasks, locale), ...axis },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.name),
      ...axis,
      axisLabel: { ...axis.axisLabel, interval: 0, width: context.labelWidth, overflow: 'truncate' },
    },
    ...(scroll
      ? {
          dataZoom: [
            {
              type: 'slider',
              yAxisIndex: 0,
              orient: 'vertical',
              right: 8,
              width: 16,
              startValue: 0,
              endValue: context.visibleRows - 1,
              showDetail: false,
              filterMode: 'none',
            },
            {
              type: 'inside',
              yAxisIndex: 0,
              zoomOnMouseWheel: false,
              moveOnMouseWheel: true,
              moveOnMouseMove: false,
            },
          ],
        }
      : {}),
    series,
  };
}
