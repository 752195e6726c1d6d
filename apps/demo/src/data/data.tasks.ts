// A task's standing as the screens show it: a recorded status first, luoshi's suggestion otherwise.
import { latestStatus, type Dataset, type Task, type TaskStatus } from '@luoshi/core';

/** The status shown for a task and where it comes from. */
export function shownStatus(
  dataset: Dataset,
  task: Task,
): { status: TaskStatus; from: 'recorded' | 'suggested' | 'none' } {
  if (task.statusHistory.length > 0) return { status: latestStatus(task), from: 'recorded' };
  const suggestion = dataset.statusSuggestions?.find((s) => s.taskId === task.id);
  if (suggestion && suggestion.status !== 'unknown') return { status: suggestion.status, from: 'suggested' };
  return { status: 'unknown', from: 'none' };
}

/** The links that make a task continue an earlier one (rank-1 links above the threshold, or a recorded one). */
export function predecessorsOf(dataset: Dataset, task: Task) {
  return (dataset.taskLinks ?? []).filter((l) => l.newerTaskId === task.id && l.aboveThreshold);
}

/** The later tasks that continue this one. */
export function successorsOf(dataset: Dataset, task: Task) {
  return (dataset.taskLinks ?? []).filter(
    (l) => l.olderTaskId === task.id && l.aboveThreshold && l.rank === 1,
  );
}

/** Whether a task carries over work from the year before. */
export function isCarriedOver(dataset: Dataset, task: Task): boolean {
  return task.previousTaskIds.length > 0 || predecessorsOf(dataset, task).length > 0;
}
