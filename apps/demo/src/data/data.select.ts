// Small read-only selections over a Dataset shared by the screens.
import { periodYear, type Dataset, type Task } from '@luoshi/core';

/** Jurisdictions that have figures or tasks, in the dataset's order. */
export function jurisdictionsWithData(dataset: Dataset) {
  const used = new Set(
    [...dataset.targets, ...dataset.observations, ...dataset.reports].map((r) => r.jurisdictionId),
  );
  return dataset.jurisdictions.filter((j) => used.has(j.id));
}

/** The years a jurisdiction has figures or task lists for, ascending. */
export function yearsOf(dataset: Dataset, jurisdictionId: string): number[] {
  const years = new Set<number>();
  for (const r of [...dataset.targets, ...dataset.observations])
    if (r.jurisdictionId === jurisdictionId) years.add(periodYear(r.period));
  for (const r of dataset.reports)
    if (r.jurisdictionId === jurisdictionId && r.kind === 'task-division' && r.planYear)
      years.add(r.planYear);
  return [...years].sort((a, b) => a - b);
}

/** The screen's jurisdiction and year: from the URL, else Haizhu (or the first) and its latest year with actuals. */
export function resolveScope(dataset: Dataset, search: { j?: string; y?: string }) {
  const jurisdictions = jurisdictionsWithData(dataset);
  const jurisdiction =
    jurisdictions.find((j) => j.id === search.j) ??
    jurisdictions.find((j) => j.id === 'haizhu') ??
    jurisdictions[0];
  const jurisdictionId = jurisdiction?.id ?? '';
  const years = yearsOf(dataset, jurisdictionId);
  const actualYears = dataset.observations
    .filter((o) => o.jurisdictionId === jurisdictionId)
    .map((o) => periodYear(o.period));
  const fallback = actualYears.length > 0 ? Math.max(...actualYears) : years.at(-1);
  const asked = search.y === undefined ? undefined : Number(search.y);
  const year = asked !== undefined && years.includes(asked) ? asked : (fallback ?? new Date().getFullYear());
  return { jurisdictions, jurisdiction, jurisdictionId, years, year };
}

/** The task lists (task-division reports) of a jurisdiction and year. */
export function taskListsOf(dataset: Dataset, jurisdictionId: string, year: number) {
  return dataset.reports.filter(
    (r) => r.jurisdictionId === jurisdictionId && r.kind === 'task-division' && r.planYear === year,
  );
}

/** The tasks of a jurisdiction's lists for a year, in list order. */
export function tasksOf(dataset: Dataset, jurisdictionId: string, year: number): Task[] {
  const ids = new Set(taskListsOf(dataset, jurisdictionId, year).map((r) => r.id));
  return dataset.tasks.filter((t) => ids.has(t.reportId)).sort((a, b) => a.seq - b.seq);
}

/** A unit's name by id, with its id when the dataset lacks it. */
export function unitNamer(dataset: Dataset) {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  return (id: string) => names.get(id) ?? id;
}

/** The year a task's list plans. */
export function taskYear(dataset: Dataset, task: Task): number | undefined {
  return dataset.reports.find((r) => r.id === task.reportId)?.planYear;
}
