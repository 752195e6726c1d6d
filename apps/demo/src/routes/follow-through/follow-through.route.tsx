import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { Task, TaskStatus } from '@luoshi/core';
import type { Lang } from '../../app/i18n.js';
import { pickText, t } from '../../app/i18n.js';
import { keep } from '../../app/layout.js';
import { RecordForm } from '../../app/record-form.js';
import { TaskBadge } from '../../app/status.js';
import { useScope } from '../../app/use-scope.js';
import { tasksOf, taskYear } from '../../data/data.select.js';
import { shownStatus, successorsOf } from '../../data/data.tasks.js';

/** The record form, opened on demand: a list of a hundred tasks stays light. */
function Confirm({ task, initial, lang }: { task: Task; initial: TaskStatus; lang: Lang }) {
  const [open, setOpen] = useState(false);
  if (open) return <RecordForm task={task} initial={initial} lang={lang} />;
  return (
    <button type="button" className="no-print" onClick={() => setOpen(true)} data-testid="confirm">
      {t(lang, 'record')}
    </button>
  );
}

/** Follow-through: what became of a year's tasks, for a person to confirm or change. */
export function FollowThroughRoute() {
  const { dataset, lang, search, jurisdictionId, year } = useScope();
  // The year followed: the selected one when its tasks were reviewed, else the one before.
  const followed = [year, year - 1].find((y) =>
    tasksOf(dataset, jurisdictionId, y).some(
      (task) =>
        dataset.statusSuggestions?.some((s) => s.taskId === task.id) ||
        successorsOf(dataset, task).length > 0,
    ),
  );
  const tasks = followed === undefined ? [] : tasksOf(dataset, jurisdictionId, followed);
  const byId = new Map(dataset.tasks.map((x) => [x.id, x]));
  return (
    <>
      <h2>
        {t(lang, 'followThrough')} {followed ?? ''}
      </h2>
      <p className="muted">{t(lang, 'followIntro')}</p>
      {tasks.length === 0 ? <p>{t(lang, 'noFollow')}</p> : null}
      <ol style={{ listStyle: 'none', padding: 0 }} data-testid="follow-list">
        {tasks.map((task) => {
          const next = successorsOf(dataset, task);
          const status = shownStatus(dataset, task);
          const suggestion = dataset.statusSuggestions?.find((s) => s.taskId === task.id);
          const quote = (dataset.evidence ?? []).find((e) => e.taskId === task.id && e.rank === 1);
          return (
            <li key={task.id} className="card" style={{ marginBottom: 10 }} data-task={task.id}>
              <h3>
                <Link to="/task/$taskId" params={{ taskId: task.id }} search={keep(search) as never}>
                  #{task.seq} {task.text}
                </Link>
              </h3>
              <p style={{ margin: '4px 0' }}>
                <strong>{next.length > 0 ? t(lang, 'carried') : t(lang, 'notRepeated')}</strong>
                {next.map((l) => {
                  const n = byId.get(l.newerTaskId);
                  return n ? (
                    <span key={l.newerTaskId}>
                      {' → '}
                      {taskYear(dataset, n)} #{n.seq} {n.text.slice(0, 40)}
                      {n.text.length > 40 ? '…' : ''}
                    </span>
                  ) : null;
                })}
              </p>
              <p style={{ margin: '4px 0' }}>
                <TaskBadge status={status.status} lang={lang} />{' '}
                <span className="muted">
                  {status.from === 'recorded'
                    ? t(lang, 'recorded')
                    : status.from === 'suggested'
                      ? t(lang, 'suggested')
                      : ''}
                </span>
                {suggestion && status.from === 'suggested' ? (
                  <span className="muted"> — {pickText(lang, suggestion.explanation)}</span>
                ) : null}
              </p>
              {quote ? <blockquote>“{quote.quote}”</blockquote> : null}
              <Confirm task={task} initial={status.status} lang={lang} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
