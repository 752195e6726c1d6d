import { useState } from 'react';
import type { Task, TaskStatus } from '@luoshi/core';
import { useData } from '../data/data.context.js';
import { saveStatus } from '../store/store.js';
import { TASK_STATUSES_FOR_FILTER } from '../routes/tasks/tasks.filters.js';
import { t, type Lang } from './i18n.js';
import { taskStatusLabel } from './status.js';

const today = () => new Date().toISOString().slice(0, 10);

/** A person records a task's status with a note and a date; it is kept in IndexedDB. */
export function RecordForm({ task, initial, lang }: { task: Task; initial: TaskStatus; lang: Lang }) {
  const { refresh } = useData();
  const [status, setStatus] = useState<TaskStatus>(initial);
  const [note, setNote] = useState('');
  const [asOf, setAsOf] = useState(today());
  const [saved, setSaved] = useState(false);
  const id = `rec-${task.id.replace(/[^\w-]/g, '_')}`;
  return (
    <form
      className="filters no-print"
      aria-label={`${t(lang, 'record')} ${task.seq}`}
      data-testid="record-form"
      onSubmit={(e) => {
        e.preventDefault();
        void saveStatus({
          id: `${task.id}@${asOf}`,
          taskId: task.id,
          status,
          asOf,
          ...(note ? { note } : {}),
        })
          .then(refresh)
          .then(() => setSaved(true));
      }}
    >
      <label htmlFor={`${id}-s`}>{t(lang, 'status')}</label>
      <select
        id={`${id}-s`}
        value={status}
        onChange={(e) => setStatus(e.target.value as TaskStatus)}
        data-testid="record-status"
      >
        {TASK_STATUSES_FOR_FILTER.map((s) => (
          <option key={s} value={s}>
            {taskStatusLabel(s, lang)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-n`}>{t(lang, 'note')}</label>
      <input
        id={`${id}-n`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="record-note"
      />
      <label htmlFor={`${id}-d`}>{t(lang, 'date')}</label>
      <input id={`${id}-d`} type="date" value={asOf} required onChange={(e) => setAsOf(e.target.value)} />
      <button type="submit" className="primary" data-testid="record-save">
        {t(lang, 'save')}
      </button>
      {saved ? <span role="status">{t(lang, 'saved')}</span> : null}
    </form>
  );
}
