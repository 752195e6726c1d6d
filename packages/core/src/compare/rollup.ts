import type { Dataset } from '../dataset/dataset.schema.js';
import { periodParts } from '../period/period.js';
import type { Report } from '../report/report.schema.js';
import { TASK_STATUSES } from '../dataset/dataset.vocabulary.js';
import type { StatusEntry, Task, TaskStatus } from '../task/task.schema.js';
import type { Unit } from '../unit/unit.schema.js';

/** How many tasks stand at each status; every status is present, zero when none. */
export type StatusCounts = Record<TaskStatus, number>;

/** Tasks grouped under one key, with their status counts. */
export interface TaskRollup {
  total: number;
  counts: StatusCounts;
  /** The tasks' ids, in dataset order. */
  taskIds: string[];
}

/** A date or period as a sortable day number: a period counts as its last day. */
function asOfKey(asOf: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return Number(asOf.replaceAll('-', ''));
  const parts = periodParts(asOf);
  const month =
    parts.grain === 'year' ? 12 : parts.grain === 'quarter' ? (parts.index ?? 4) * 3 : (parts.index ?? 12);
  return parts.year * 10000 + month * 100 + 31;
}

/** The latest status entry of a task (the later one in the list when two share a date), or `undefined`. */
export function latestStatusEntry(task: Pick<Task, 'statusHistory'>): StatusEntry | undefined {
  let latest: StatusEntry | undefined;
  for (const entry of task.statusHistory) {
    if (!latest || asOfKey(entry.asOf) >= asOfKey(latest.asOf)) latest = entry;
  }
  return latest;
}

/** A task's current status: its latest entry's, `unknown` when it has none. */
export function latestStatus(task: Pick<Task, 'statusHistory'>): TaskStatus {
  return latestStatusEntry(task)?.status ?? 'unknown';
}

/** Zero for every status. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function rollUp<K>(tasks: readonly Task[], keysOf: (task: Task) => readonly K[]): Map<K, TaskRollup> {
  const groups = new Map<K, TaskRollup>();
  for (const task of tasks) {
    const status = latestStatus(task);
    for (const key of new Set(keysOf(task))) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { total: 0, counts: emptyStatusCounts(), taskIds: [] }));
      group.total += 1;
      group.counts[status] += 1;
      group.taskIds.push(task.id);
    }
  }
  return groups;
}

/** Options of {@link tasksByUnit}. */
export interface TasksByUnitOptions {
  /** Count tasks a unit leads (`lead`, 牵头), supports (`support`, 配合), or either (`any`). Default: `lead`. */
  role?: 'lead' | 'support' | 'any';
  /** Only tasks of this report. Default: all. */
  reportId?: string;
}

/** Tasks per responsible unit, in the order units are listed (then unknown unit ids as met). */
export function tasksByUnit(
  dataset: Dataset,
  options: TasksByUnitOptions = {},
): (TaskRollup & { unitId: string; unit?: Unit })[] {
  const role = options.role ?? 'lead';
  const tasks = dataset.tasks.filter(
    (t) => options.reportId === undefined || t.reportId === options.reportId,
  );
  const groups = rollUp(tasks, (t) =>
    role === 'lead'
      ? t.leadUnitIds
      : role === 'support'
        ? t.supportUnitIds
        : [...t.leadUnitIds, ...t.supportUnitIds],
  );
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  return order(
    [...groups.keys()],
    dataset.units.map((u) => u.id),
  ).map((unitId) => {
    const unit = units.get(unitId);
    return { unitId, ...(unit ? { unit } : {}), ...(groups.get(unitId) as TaskRollup) };
  });
}

/** Tasks per report, in the order reports are listed (then unknown report ids as met). */
export function tasksByReport(dataset: Dataset): (TaskRollup & { reportId: string; report?: Report })[] {
  const groups = rollUp(dataset.tasks, (t) => [t.reportId]);
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  return order(
    [...groups.keys()],
    dataset.reports.map((r) => r.id),
  ).map((reportId) => {
    const report = reports.get(reportId);
    return { reportId, ...(report ? { report } : {}), ...(groups.get(reportId) as TaskRollup) };
  });
}

/** Tasks per category, in order of first appearance; tasks without one are under `null`. */
export function tasksByCategory(
  dataset: Dataset,
  options: { reportId?: string } = {},
): (TaskRollup & { category: string | null })[] {
  const tasks = dataset.tasks.filter(
    (t) => options.reportId === undefined || t.reportId === options.reportId,
  );
  const groups = rollUp(tasks, (t) => [t.category ?? null]);
  return [...groups.entries()].map(([category, group]) => ({ category, ...group }));
}

/** The keys found, listed ones first in their listed order, then the rest as met. */
function order(found: string[], listed: string[]): string[] {
  const present = new Set(found);
  const known = new Set(listed);
  return [...listed.filter((id) => present.has(id)), ...found.filter((id) => !known.has(id))];
}
