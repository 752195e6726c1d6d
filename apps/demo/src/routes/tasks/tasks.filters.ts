import type { TaskStatus } from '@luoshi/core';

/** The statuses the filter offers, in reading order. */
export const TASK_STATUSES_FOR_FILTER: readonly TaskStatus[] = [
  'completed',
  'partly-completed',
  'on-track',
  'ongoing',
  'at-risk',
  'not-started',
  'dropped',
  'unknown',
];
