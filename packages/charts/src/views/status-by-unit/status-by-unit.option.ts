import type { Dataset, TaskStatus } from '@luoshi/core';
import { describe } from '../../a11y/a11y.description.js';
import { TableBuilder } from '../../a11y/a11y.table.js';
import { resolveStatusVocabulary, statusLabel } from '../../status/status.vocabulary.js';
import { resolveTheme } from '../../theme/theme.js';
import type { View, ViewModel } from '../../view/view.types.js';
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
import { statusByUnitDefaults, type StatusByUnitOptions } from './status-by-unit.config.js';
import { statusByUnitInstall } from './status-by-unit.install.js';

function sortRows(rows: StatusRow[], sort: 'total' | 'name' | TaskStatus, locale: string): StatusRow[] {
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'zh-CN');
  const byName = (a: StatusRow, b: StatusRow) => collator.compare(a.name, b.name);
  if (sort === 'name') return rows.sort(byName);
  if (sort === 'total') return rows.sort((a, b) => rowTotal(b) - rowTotal(a) || byName(a, b));
  return rows.sort((a, b) => b.counts[sort] - a.counts[sort] || rowTotal(b) - rowTotal(a) || byName(a, b));
}

function buildStatusByUnit(
  dataset: Dataset,
  options: StatusByUnitOptions,
  shared: ResolvedShared,
): ViewModel {
  const { locale } = shared;
  const config = { ...statusByUnitDefaults, ...options };
  const picked = pickReport(dataset, options.reportId, locale);
  if (!picked.ok) return stateModel('error', picked.message, shared);
  const report = picked.report;
  const tasks = report ? dataset.tasks.filter((task) => task.reportId === report.id) : [];
  if (!report || tasks.length === 0) {
    return stateModel('empty', locale === 'en' ? 'No tasks to show' : '暂无任务数据', shared);
  }
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const rowsById = new Map<string, StatusRow>();
  for (const task of tasks) {
    const status = latestStatus(task);
    const ids = config.includeSupportUnits ? [...task.leadUnitIds, ...task.supportUnitIds] : task.leadUnitIds;
    for (const id of new Set(ids)) {
      let row = rowsById.get(id);
      if (!row) {
        row = { name: units.get(id)?.name ?? id, counts: emptyCounts(), selection: { kind: 'unit', id } };
        rowsById.set(id, row);
      }
      row.counts[status] += 1;
    }
  }
  const rows = sortRows([...rowsById.values()], config.sort, locale);
  const vocabulary = resolveStatusVocabulary(shared.statuses);
  const theme = resolveTheme(shared.theme);
  const book = new ElementBook();
  const title = `${locale === 'en' ? 'Task status by lead unit' : '各牵头单位任务进展'} · ${reportTitle(report, locale)}`;
  const top = shared.showTitle ? 32 : 4;
  const parts = stackedStatusParts(
    rows,
    { vocabulary, theme, locale, visibleRows: config.visibleRows, labelWidth: config.labelWidth, top },
    book,
  );

  const statuses = presentStatuses(rows);
  const table = new TableBuilder(title, [
    { key: 'unit', label: t(labels.unit, locale) },
    ...statuses.map((s) => ({ key: s, label: statusLabel(vocabulary.task[s], locale), numeric: true })),
    { key: 'total', label: t(labels.total, locale), numeric: true },
  ]);
  for (const row of rows) {
    table.add(
      [row.name, ...statuses.map((s) => String(row.counts[s])), String(rowTotal(row))],
      row.selection,
    );
  }
  const sep = locale === 'en' ? ', ' : '、';
  const items = rows.map(
    (row) =>
      `${row.name}${locale === 'en' ? ': ' : '：'}` +
      statuses
        .filter((s) => row.counts[s] > 0)
        .map((s) => `${statusLabel(vocabulary.task[s], locale)} ${taskCount(row.counts[s], locale)}`)
        .join(sep),
  );
  const headline =
    locale === 'en'
      ? `${title}: ${taskCount(tasks.length, locale)} led by ${rows.length} unit${rows.length === 1 ? '' : 's'}`
      : `${title}：${rows.length}个牵头单位共${taskCount(tasks.length, locale)}任务`;
  const description = describe(headline, items, locale);
  return readyModel({ ...baseOption(shared, description, title), ...parts }, description, table, book);
}

/** 5. Status by unit: tasks per responsible unit, stacked by status, sortable, scrolling past 20 units. */
export const statusByUnit: View<StatusByUnitOptions> = defineView(
  'status-by-unit',
  statusByUnitInstall,
  buildStatusByUnit,
);
