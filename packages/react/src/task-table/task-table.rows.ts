import {
  latestStatusEntry,
  type Dataset,
  type Indicator,
  type NewerTaskKind,
  type OlderTaskKind,
  type StatusEntry,
  type SuggestedStatus,
  type Target,
  type Task,
  type TaskStatus,
  type Unit,
} from '@luoshi/core';

/** A unit as a row shows it: its id and current name (the id itself when the dataset lacks it). */
export interface RowUnit {
  id: string;
  name: string;
}

/** A predecessor or successor a row links to. */
export interface RowLink {
  taskId: string;
  /** 序号 of the linked task, when it is in the dataset. */
  seq?: number;
  /** The linked task's year. */
  year?: number;
  /** 0..1 for a suggested link; absent for one a person recorded (`task.previousTaskIds`). */
  score?: number;
}

/** One row of the task table: a task with everything it shows, read from the dataset once. */
export interface TaskRow {
  id: string;
  task: Task;
  seq: number;
  text: string;
  reportId: string;
  /** The year the task is planned for: its report's `planYear` (or `reviewYear`, or delivery year). */
  year?: number;
  category?: string;
  leadUnits: RowUnit[];
  supportUnits: RowUnit[];
  /** The targets read from the task's text, with their indicator. */
  targets: { target: Target; indicator?: Indicator }[];
  /** The status shown: a recorded one first, else a suggestion, else `unknown`. */
  status: TaskStatus;
  /** Where {@link TaskRow.status} comes from. */
  statusSource: 'recorded' | 'suggested' | 'none';
  recorded?: StatusEntry;
  suggestion?: SuggestedStatus;
  /** What became of the task across years, from `taskLinks` (and `previousTaskIds`). */
  lineage: {
    /** As the newer task of a link: continued, expanded or new. */
    newerKind?: NewerTaskKind;
    /** As the older task of a link: carried-over or not-repeated. */
    olderKind?: OlderTaskKind;
    /** Its best predecessor above the threshold, or the one a person recorded. */
    predecessor?: RowLink;
    /** Its successors above the threshold. */
    successors: RowLink[];
  };
  /** Lower-cased text the search looks in: task text, units, indicators, category, 序号. */
  searchText: string;
}

function yearOf(report: Dataset['reports'][number] | undefined): number | undefined {
  if (!report) return undefined;
  return (
    report.planYear ??
    report.reviewYear ??
    (report.deliveredOn ? Number(report.deliveredOn.slice(0, 4)) : undefined)
  );
}

/** A suggestion's asOf as a sortable key (a date or a period's start); later wins. */
function asOfKey(asOf: string): string {
  return asOf.padEnd(10, '~');
}

/**
 * The rows of a task table from a dataset: each task with its units' names, its targets, the status to
 * show (recorded before suggested) and its lineage. Pure, so it runs (and is tested) without React.
 */
export function taskRows(
  dataset: Pick<Dataset, 'tasks' | 'units' | 'reports' | 'targets' | 'indicators'> &
    Partial<Pick<Dataset, 'taskLinks' | 'statusSuggestions'>>,
): TaskRow[] {
  const units = new Map<string, Unit>(dataset.units.map((u) => [u.id, u]));
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const targets = new Map(dataset.targets.map((t) => [t.id, t]));
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const suggestions = new Map<string, SuggestedStatus>();
  for (const s of dataset.statusSuggestions ?? []) {
    const held = suggestions.get(s.taskId);
    if (
      !held ||
      asOfKey(s.asOf) > asOfKey(held.asOf) ||
      (s.asOf === held.asOf && s.confidence > held.confidence)
    )
      suggestions.set(s.taskId, s);
  }
  const newer = new Map<string, { kind: NewerTaskKind; best?: RowLink }>();
  const older = new Map<string, { kind: OlderTaskKind; successors: RowLink[] }>();
  const linkTo = (taskId: string, score?: number): RowLink => {
    const linked = tasks.get(taskId);
    const year = linked ? yearOf(reports.get(linked.reportId)) : undefined;
    return {
      taskId,
      ...(linked ? { seq: linked.seq } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(score !== undefined ? { score } : {}),
    };
  };
  for (const link of dataset.taskLinks ?? []) {
    const n = newer.get(link.newerTaskId) ?? { kind: link.newerKind };
    n.kind = link.newerKind;
    if (link.aboveThreshold && link.rank === 1) n.best = linkTo(link.olderTaskId, link.score);
    newer.set(link.newerTaskId, n);
    const o = older.get(link.olderTaskId) ?? { kind: link.olderKind, successors: [] };
    // One link that carries the older task over is enough: the others may be below the threshold.
    if (link.olderKind === 'carried-over') o.kind = 'carried-over';
    if (link.aboveThreshold) o.successors.push(linkTo(link.newerTaskId, link.score));
    older.set(link.olderTaskId, o);
  }
  return dataset.tasks.map((task) => {
    const unitOf = (id: string): RowUnit => ({ id, name: units.get(id)?.name ?? id });
    const leadUnits = task.leadUnitIds.map(unitOf);
    const supportUnits = task.supportUnitIds.map(unitOf);
    const rowTargets = task.targetIds.flatMap((id) => {
      const target = targets.get(id);
      if (!target) return [];
      const indicator = indicators.get(target.indicatorId);
      return [indicator ? { target, indicator } : { target }];
    });
    const recorded = latestStatusEntry(task);
    const suggestion = suggestions.get(task.id);
    const status: TaskStatus = recorded?.status ?? suggestion?.status ?? 'unknown';
    const statusSource = recorded ? 'recorded' : suggestion ? 'suggested' : 'none';
    const n = newer.get(task.id);
    const o = older.get(task.id);
    const recordedPrevious = task.previousTaskIds[0];
    const predecessor = recordedPrevious !== undefined ? linkTo(recordedPrevious) : n?.best;
    const year = yearOf(reports.get(task.reportId));
    const searchText = [
      task.text,
      String(task.seq),
      task.category ?? '',
      ...leadUnits.map((u) => u.name),
      ...supportUnits.map((u) => u.name),
      ...rowTargets.flatMap(({ indicator }) => (indicator ? [indicator.name, indicator.nameEn ?? ''] : [])),
    ]
      .join('\n')
      .toLowerCase();
    return {
      id: task.id,
      task,
      seq: task.seq,
      text: task.text,
      reportId: task.reportId,
      ...(year !== undefined ? { year } : {}),
      ...(task.category !== undefined ? { category: task.category } : {}),
      leadUnits,
      supportUnits,
      targets: rowTargets,
      status,
      statusSource,
      ...(recorded ? { recorded } : {}),
      ...(suggestion ? { suggestion } : {}),
      lineage: {
        ...(n ? { newerKind: n.kind } : {}),
        ...(o ? { olderKind: o.kind } : {}),
        ...(predecessor ? { predecessor } : {}),
        successors: o?.successors ?? [],
      },
      searchText,
    } satisfies TaskRow;
  });
}

/** The filters of a task table; each is off when absent. */
export interface TaskFilters {
  /** Only tasks this unit leads or supports. */
  unitId?: string;
  /** Only tasks whose shown status is this. */
  status?: TaskStatus;
  category?: string;
  year?: number;
  /** Only tasks whose text, units, indicators, category or 序号 hold this (case-insensitive). */
  query?: string;
}

/** Whether a row passes a search query: every whitespace-separated word must occur. */
export function matchesQuery(row: Pick<TaskRow, 'searchText'>, query: string | undefined): boolean {
  const words = (query ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
  return words.every((word) => row.searchText.includes(word));
}

/** Whether a row belongs to a unit, as lead or support unit. */
export function involvesUnit(row: Pick<TaskRow, 'leadUnits' | 'supportUnits'>, unitId: string): boolean {
  return row.leadUnits.some((u) => u.id === unitId) || row.supportUnits.some((u) => u.id === unitId);
}

/** The choices a task table's filters offer, from its rows: units by name, years newest first. */
export function filterChoices(rows: readonly TaskRow[]): {
  units: RowUnit[];
  categories: string[];
  years: number[];
  statuses: TaskStatus[];
} {
  const units = new Map<string, RowUnit>();
  const categories = new Set<string>();
  const years = new Set<number>();
  const statuses = new Set<TaskStatus>();
  for (const row of rows) {
    for (const u of [...row.leadUnits, ...row.supportUnits]) units.set(u.id, u);
    if (row.category !== undefined) categories.add(row.category);
    if (row.year !== undefined) years.add(row.year);
    statuses.add(row.status);
  }
  return {
    units: [...units.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id),
    ),
    categories: [...categories].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: [...years].sort((a, b) => b - a),
    statuses: [...statuses],
  };
}
