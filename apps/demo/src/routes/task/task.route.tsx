import { Link, useParams } from '@tanstack/react-router';
import { compareDataset, formatTarget, type Task } from '@luoshi/core';
import { formatFigure } from '@luoshi/charts';
import { localeOf, pickText, t, type Lang } from '../../app/i18n.js';
import { keep } from '../../app/layout.js';
import { RecordForm } from '../../app/record-form.js';
import type { AppSearch } from '../../app/search.js';
import { EvaluationBadge, TaskBadge } from '../../app/status.js';
import { useScope } from '../../app/use-scope.js';
import { taskYear, unitNamer } from '../../data/data.select.js';
import { predecessorsOf, shownStatus, successorsOf } from '../../data/data.tasks.js';

function TaskLink({ task, year, search }: { task: Task; year: number | undefined; search: AppSearch }) {
  return (
    <Link
      to="/task/$taskId"
      params={{ taskId: task.id }}
      search={{ ...keep(search), ...(year ? { y: String(year) } : {}) } as never}
    >
      {year} #{task.seq} {task.text}
    </Link>
  );
}

/** One task: units, targets read from its text with their actuals, lineage, statuses and evidence. */
export function TaskRoute() {
  const { taskId } = useParams({ strict: false }) as { taskId: string };
  const { dataset, lang, search } = useScope();
  const task = dataset.tasks.find((x) => x.id === taskId);
  if (!task)
    return (
      <p role="alert">
        {t(lang, 'notFound')}: {taskId}
      </p>
    );
  const unitName = unitNamer(dataset);
  const byId = new Map(dataset.tasks.map((x) => [x.id, x]));
  const rows = compareDataset(dataset, { collapseRestatements: false }).filter((r) =>
    task.targetIds.includes(r.target.id),
  );
  const earlier = predecessorsOf(dataset, task);
  const later = successorsOf(dataset, task);
  const evidence = (dataset.evidence ?? []).filter((e) => e.taskId === task.id);
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const status = shownStatus(dataset, task);
  const suggestion = dataset.statusSuggestions?.find((s) => s.taskId === task.id);
  const L: Lang = lang;
  return (
    <article data-testid="task-page">
      <p className="muted">
        {reports.get(task.reportId)?.title} · {t(L, 'seq')} {task.seq}
      </p>
      <h2 style={{ marginTop: 4 }}>{task.text}</h2>
      <p>
        <TaskBadge status={status.status} lang={L} />{' '}
        {status.from === 'suggested' ? <span className="muted">({t(L, 'suggested')})</span> : null}
      </p>
      <dl className="card" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px' }}>
        <dt className="muted">{t(L, 'leadUnits')}</dt>
        <dd style={{ margin: 0 }}>{task.leadUnitIds.map(unitName).join('、')}</dd>
        <dt className="muted">{t(L, 'supportUnits')}</dt>
        <dd style={{ margin: 0 }}>
          {task.supportUnitIds.length ? task.supportUnitIds.map(unitName).join('、') : t(L, 'none')}
        </dd>
        {task.deadline ? (
          <>
            <dt className="muted">{L === 'en' ? 'Due' : '完成时限'}</dt>
            <dd style={{ margin: 0 }}>{task.deadline}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="h-tt">
        <h2 id="h-tt">{t(L, 'targetsInText')}</h2>
        {rows.length === 0 ? (
          <p className="muted">{t(L, 'none')}</p>
        ) : (
          <ul>
            {rows.map((r) => (
              <li key={r.target.id}>
                {formatTarget(r.target, L)} —{' '}
                {r.observation
                  ? formatFigure(r.observation.value, r.observation.unit, localeOf(L))
                  : t(L, 'noActual')}{' '}
                <EvaluationBadge status={r.evaluation.status} lang={L} />
                {r.target.source ? <span className="muted"> “{r.target.source.quote}”</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-lineage" data-testid="lineage">
        <h2 id="h-lineage">{t(L, 'lineage')}</h2>
        <h3>{t(L, 'predecessor')}</h3>
        {earlier.length === 0 ? <p className="muted">{t(L, 'none')}</p> : null}
        <ul>
          {earlier.map((l) => {
            const other = byId.get(l.olderTaskId);
            return other ? (
              <li key={l.olderTaskId}>
                <TaskLink task={other} year={taskYear(dataset, other)} search={search} /> — {t(L, 'score')}{' '}
                {l.score.toFixed(2)}; {t(L, 'sharedTerms')}: {l.sharedTerms.join('、')}
              </li>
            ) : null;
          })}
        </ul>
        <h3>{t(L, 'successor')}</h3>
        {later.length === 0 ? <p className="muted">{t(L, 'none')}</p> : null}
        <ul data-testid="successors">
          {later.map((l) => {
            const other = byId.get(l.newerTaskId);
            return other ? (
              <li key={l.newerTaskId}>
                <TaskLink task={other} year={taskYear(dataset, other)} search={search} /> — {t(L, 'score')}{' '}
                {l.score.toFixed(2)}; {t(L, 'sharedTerms')}: {l.sharedTerms.join('、')}
              </li>
            ) : null;
          })}
        </ul>
      </section>
      <section aria-labelledby="h-evidence" data-testid="evidence">
        <h2 id="h-evidence">{t(L, 'evidence')}</h2>
        {suggestion && suggestion.status !== 'unknown' ? (
          <p>
            {t(L, 'suggested')}: <TaskBadge status={suggestion.status} lang={L} /> (
            {suggestion.confidence.toFixed(2)})
            {suggestion.explanation ? (
              <span className="muted"> {pickText(L, suggestion.explanation)}</span>
            ) : null}
          </p>
        ) : null}
        {evidence.length === 0 ? <p className="muted">{t(L, 'none')}</p> : null}
        {evidence.map((e) => (
          <blockquote key={`${e.reportId}-${e.rank}`}>
            “{e.quote}”
            <footer className="muted">
              — {reports.get(e.reportId)?.title ?? e.reportId}
              {e.line ? `, ${t(L, 'line', { n: e.line })}` : ''}
            </footer>
          </blockquote>
        ))}
      </section>
      <section aria-labelledby="h-history">
        <h2 id="h-history">{t(L, 'history')}</h2>
        {task.statusHistory.length === 0 ? <p className="muted">{t(L, 'none')}</p> : null}
        <ul data-testid="history">
          {task.statusHistory.map((h, i) => (
            <li key={i}>
              {h.asOf} <TaskBadge status={h.status} lang={L} /> {h.note ?? ''}
            </li>
          ))}
        </ul>
        <RecordForm task={task} initial={status.status} lang={L} />
      </section>
    </article>
  );
}
