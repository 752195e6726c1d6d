// Status in words and colour: the labels are @luoshi/charts' vocabulary, so the badge reads exactly
// like the charts; the colour classes are the dashboard's, checked for contrast in both themes.
import { defaultStatusVocabulary, statusLabel } from '@luoshi/charts';
import type { EvaluationStatus, TaskStatus } from '@luoshi/core';
import { localeOf, type Lang } from './i18n.js';

const EVALUATION_TONE: Record<EvaluationStatus, string> = {
  exceeded: 'ok',
  met: 'ok',
  near: 'warn',
  missed: 'bad',
  pending: 'neutral',
  'not-comparable': 'neutral',
};
const TASK_TONE: Record<TaskStatus, string> = {
  completed: 'ok',
  'partly-completed': 'warn',
  'on-track': 'ok',
  ongoing: 'ok',
  'at-risk': 'bad',
  'not-started': 'warn',
  dropped: 'bad',
  unknown: 'neutral',
};

/** An evaluation's status as a badge. */
export function EvaluationBadge({ status, lang }: { status: EvaluationStatus; lang: Lang }) {
  return (
    <span className={`badge ${EVALUATION_TONE[status]}`} data-status={status}>
      {statusLabel(defaultStatusVocabulary.evaluation[status], localeOf(lang))}
    </span>
  );
}

/** A task's status as a badge. */
export function TaskBadge({ status, lang }: { status: TaskStatus; lang: Lang }) {
  return (
    <span className={`badge ${TASK_TONE[status]}`} data-status={status}>
      {statusLabel(defaultStatusVocabulary.task[status], localeOf(lang))}
    </span>
  );
}

/** A task status's label. */
export const taskStatusLabel = (status: TaskStatus, lang: Lang) =>
  statusLabel(defaultStatusVocabulary.task[status], localeOf(lang));
