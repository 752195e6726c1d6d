import { writeFile } from 'node:fs/promises';
import { formatPath, parseDataset, type Dataset, type Report, type Task } from '@luoshi/core';
import { findJurisdiction } from './load-dataset.js';
import { say, type Io } from './io.js';

/** The tasks of one report (a 重点任务 list): what `lineage` and `evidence` work on. */
export interface TaskList {
  report: Report;
  /** The jurisdiction's name as the dataset gives it (its id when the dataset has no record). */
  jurisdictionName: string;
  /** The year the tasks are for: the report's `planYear`. */
  year: number | undefined;
  tasks: Task[];
}

/** Every report with tasks, in the dataset's order. */
export function taskLists(dataset: Dataset): TaskList[] {
  const byReport = new Map<string, Task[]>();
  for (const task of dataset.tasks) {
    const list = byReport.get(task.reportId);
    if (list) list.push(task);
    else byReport.set(task.reportId, [task]);
  }
  return dataset.reports
    .filter((r) => byReport.has(r.id))
    .map((report) => ({
      report,
      jurisdictionName:
        dataset.jurisdictions.find((j) => j.id === report.jurisdictionId)?.name ?? report.jurisdictionId,
      year: report.planYear,
      tasks: byReport.get(report.id) ?? [],
    }));
}

/** One line naming a task list, for messages: `haizhu-2024-task-division（海珠区，2024年，110 项任务）`. */
export function describeList(list: TaskList, io: Io): string {
  return say(
    io,
    `${list.report.id}（${list.jurisdictionName}，${list.year === undefined ? '年份未知' : `${list.year}年`}，${list.tasks.length} 项任务）`,
    `${list.report.id} (${list.jurisdictionName}, ${list.year ?? 'year unknown'}, ${list.tasks.length} tasks)`,
  );
}

/** The lists, one per line, indented: to show the choices a user has. */
export function describeLists(lists: readonly TaskList[], io: Io): string {
  return lists.length === 0
    ? say(io, '  （数据集中没有任务清单）', '  (the dataset holds no task list)')
    : lists.map((l) => `  ${describeList(l, io)}`).join('\n');
}

/** What the user asked for, to narrow a dataset's task lists. */
export interface ListFilter {
  jurisdiction?: string;
  year?: number;
  reportId?: string;
}

/**
 * The task lists that match a filter. A jurisdiction the dataset does not know is an error of its
 * own (returned as `unknownJurisdiction`), so that the message can list the jurisdictions.
 */
export function filterLists(
  dataset: Dataset,
  filter: ListFilter,
): { lists: TaskList[]; unknownJurisdiction?: string } {
  let jurisdictionId: string | undefined;
  if (filter.jurisdiction !== undefined) {
    const found = findJurisdiction(dataset, filter.jurisdiction);
    if (!found) return { lists: [], unknownJurisdiction: filter.jurisdiction };
    jurisdictionId = found.id;
  }
  return {
    lists: taskLists(dataset).filter(
      (l) =>
        (jurisdictionId === undefined || l.report.jurisdictionId === jurisdictionId) &&
        (filter.year === undefined || l.year === filter.year) &&
        (filter.reportId === undefined || l.report.id === filter.reportId),
    ),
  };
}

/** The message for a jurisdiction the dataset does not hold, listing those it does. */
export function unknownJurisdiction(dataset: Dataset, file: string, wanted: string, io: Io): string {
  return say(
    io,
    `${file} 中没有行政区 "${wanted}"（已有：${dataset.jurisdictions.map((j) => j.name).join('、') || '无'}）`,
    `no jurisdiction "${wanted}" in ${file} (known: ${dataset.jurisdictions.map((j) => j.nameEn ?? j.name).join(', ') || 'none'})`,
  );
}

/** Reads `--year`-like options: a four-digit year, or undefined when not given; NaN when malformed. */
export function yearOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  return Number.isInteger(year) && year >= 1949 && year <= 2200 ? year : Number.NaN;
}

/**
 * Validates a Dataset a command made and writes it, pretty-printed. Returns false, having said why on
 * stderr (each problem at its JSON path), when it is not valid or cannot be written.
 */
export async function writeDataset(file: string, dataset: unknown, io: Io): Promise<boolean> {
  const checked = parseDataset(dataset);
  if (!checked.ok) {
    for (const p of checked.problems)
      io.stderr(
        `${file}: error: ${formatPath(p.path)}: ${io.locale === 'en' ? p.message.en : p.message.zh}\n`,
      );
    return false;
  }
  try {
    await writeFile(file, JSON.stringify(checked.dataset, null, 2) + '\n');
  } catch (error) {
    io.stderr(
      say(
        io,
        `${file}: error: 无法写入：${(error as Error).message}\n`,
        `${file}: error: cannot write: ${(error as Error).message}\n`,
      ),
    );
    return false;
  }
  return true;
}

/** Shortens a text for a table cell, keeping its start. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
