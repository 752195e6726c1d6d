import type { Dataset, TaskStatus } from '@luoshi/core';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { resolveStatusVocabulary, statusLabel } from '../../status/status.vocabulary.js';
import { resolveTheme } from '../../theme/theme.js';
import type { TasksSelection, View, ViewModel } from '../../view/view.types.js';
import { defineView, ElementBook } from '../common/view.define.js';
import { labels, t } from '../common/view.labels.js';
import type { ResolvedShared } from '../common/view.options.js';
import {
  emptyCounts,
  presentStatuses,
  rowTotal,
  stackedStatusParts,
  taskCount,
  type StatusRow,
} from '../common/view.stack.js';
import { readyModel, baseOption, stateModel } from '../common/view.state.js';
import { latestStatus, pickReport, reportTitle } from '../common/view.tasks.js';
import { taskOverviewDefaults, type TaskOverviewOptions } from './task-overview.config.js';
import { taskOverviewInstall } from './task-overview.install.js';

/** A row of the overview: its counts, and the tasks behind the row and behind each status's segment. */
interface TaskRow extends StatusRow {
  selection: TasksSelection;
  segmentSelections: Partial<Record<TaskStatus, TasksSelection>>;
}

function taskRow(name: string): TaskRow {
  return { name, counts: emptyCounts(), selection: { kind: 'tasks', ids: [] }, segmentSelections: {} };
}

function buildTaskOverview(
  dataset: Dataset,
  options: TaskOverviewOptions,
  shared: ResolvedShared,
): ViewModel {
  const { locale } = shared;
  const config = { ...taskOverviewDefaults, ...options };
  const picked = pickReport(dataset, options.reportId, locale);
  if (!picked.ok) return stateModel('error', picked.message, shared);
  const report = picked.report;
  const tasks = report
    ? dataset.tasks.filter((task) => task.reportId === report.id).sort((a, b) => a.seq - b.seq)
    : [];
  if (!report || tasks.length === 0) {
    return stateModel('empty', locale === 'en' ? 'No tasks to show' : '暂无任务数据', shared);
  }
  // Categories in the order the report first uses them: the document's own structure. A click on a
  // segment reports the tasks it counts; a click on a row (in the table) every task of the row.
  const byCategory = new Map<string, TaskRow>();
  const total = taskRow(locale === 'en' ? 'All tasks' : '全部任务');
  for (const task of tasks) {
    const name = task.category ?? t(labels.uncategorised, locale);
    let row = byCategory.get(name);
    if (!row) byCategory.set(name, (row = taskRow(name)));
    const status = latestStatus(task);
    for (const counted of [row, total]) {
      counted.counts[status] += 1;
      counted.selection.ids.push(task.id);
      (counted.segmentSelections[status] ??= { kind: 'tasks', ids: [] }).ids.push(task.id);
    }
  }
  const categories = [...byCategory.values()];
  const showTotal = options.showTotal ?? categories.length > 1;
  const rows = showTotal ? [total, ...categories] : categories;

  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const theme = resolveTheme(shared.theme);
  const book = new ElementBook();
  const title = `${locale === 'en' ? 'Task status by category' : '任务进展分类概览'} · ${reportTitle(report, locale)}`;
  const parts = stackedStatusParts(
    rows,
    {
      vocabulary,
      theme,
      locale,
      visibleRows: config.visibleRows,
      labelWidth: config.labelWidth,
      top: shared.showTitle ? 32 : 4,
    },
    book,
  );
  const statuses = presentStatuses(categories);
  const table = new TableBuilder(title, [
    { key: 'category', label: t(labels.category, locale) },
    ...statuses.map((s) => ({ key: s, label: statusLabel(vocabulary.task[s], locale), numeric: true })),
    { key: 'total', label: t(labels.total, locale), numeric: true },
  ]);
  for (const row of rows)
    table.add(
      [row.name, ...statuses.map((s) => String(row.counts[s])), String(rowTotal(row))],
      row.selection,
    );
  const share = (n: number) => `${Math.round((n / tasks.length) * 100)}%`;
  const items = statuses.map(
    (s) =>
      `${statusLabel(vocabulary.task[s], locale)} ${taskCount(total.counts[s], locale)} (${share(total.counts[s])})`,
  );
  const headline =
    locale === 'en'
      ? `${title}: ${taskCount(tasks.length, locale)} in ${categories.length} categor${categories.length === 1 ? 'y' : 'ies'}`
      : `${title}：${categories.length}类共${taskCount(tasks.length, locale)}任务`;
  const description = describe(headline, items, locale);
  return readyModel({ ...baseOption(shared, description, title), ...parts }, description, table, book);
}

/** 7. Task overview: the status distribution of a report's tasks, one stacked bar per category. */
export const taskOverview: View<TaskOverviewOptions> = defineView(
  'task-overview',
  taskOverviewInstall,
  buildTaskOverview,
);
