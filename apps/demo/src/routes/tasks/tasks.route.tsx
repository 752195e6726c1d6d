import { Link, useNavigate } from '@tanstack/react-router';
import { TASK_STATUSES_FOR_FILTER } from './tasks.filters.js';
import { t } from '../../app/i18n.js';
import { keep } from '../../app/layout.js';
import type { AppSearch } from '../../app/search.js';
import { TaskBadge, taskStatusLabel } from '../../app/status.js';
import { useScope } from '../../app/use-scope.js';
import { tasksOf, unitNamer } from '../../data/data.select.js';
import { isCarriedOver, shownStatus } from '../../data/data.tasks.js';

/** Tasks: a year's task list with filters and search, all kept in the URL. */
export function TasksRoute() {
  const { dataset, search, lang, jurisdictionId, year } = useScope();
  const navigate = useNavigate();
  const set = (patch: Partial<AppSearch>) =>
    void navigate({ to: '.', search: (prev: AppSearch) => ({ ...prev, ...patch }) as never, replace: true });
  const unitName = unitNamer(dataset);
  const all = tasksOf(dataset, jurisdictionId, year);
  const units = [...new Set(all.flatMap((task) => task.leadUnitIds))].sort((a, b) =>
    unitName(a).localeCompare(unitName(b), 'zh-CN'),
  );
  const categories = [...new Set(all.map((task) => task.category).filter((c): c is string => Boolean(c)))];
  const q = search.q?.trim().toLowerCase();
  const shown = all.filter((task) => {
    if (search.unit && !task.leadUnitIds.includes(search.unit) && !task.supportUnitIds.includes(search.unit))
      return false;
    if (search.status && shownStatus(dataset, task).status !== search.status) return false;
    if (search.cat && task.category !== search.cat) return false;
    if (search.quant && task.targetIds.length === 0) return false;
    if (search.carried && !isCarriedOver(dataset, task)) return false;
    if (q && !task.text.toLowerCase().includes(q) && !task.leadUnitIds.some((u) => unitName(u).includes(q)))
      return false;
    return true;
  });
  return (
    <>
      <h2>
        {t(lang, 'taskList')} {year}
      </h2>
      <form className="filters no-print" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, 'search')}
          <input
            type="search"
            value={search.q ?? ''}
            onChange={(e) => set({ q: e.target.value || undefined })}
            data-testid="q"
          />
        </label>
        <label>
          {t(lang, 'unit')}
          <select
            value={search.unit ?? ''}
            onChange={(e) => set({ unit: e.target.value || undefined })}
            data-testid="unit-filter"
          >
            <option value="">{t(lang, 'allUnits')}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {unitName(u)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'status')}
          <select value={search.status ?? ''} onChange={(e) => set({ status: e.target.value || undefined })}>
            <option value="">{t(lang, 'allStatuses')}</option>
            {TASK_STATUSES_FOR_FILTER.map((s) => (
              <option key={s} value={s}>
                {taskStatusLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        {categories.length > 0 ? (
          <label>
            {t(lang, 'category')}
            <select value={search.cat ?? ''} onChange={(e) => set({ cat: e.target.value || undefined })}>
              <option value="">{t(lang, 'allCategories')}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          <input
            type="checkbox"
            checked={search.quant === '1'}
            onChange={(e) => set({ quant: e.target.checked ? '1' : undefined })}
          />
          {t(lang, 'hasTarget')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={search.carried === '1'}
            onChange={(e) => set({ carried: e.target.checked ? '1' : undefined })}
          />
          {t(lang, 'carriedOver')}
        </label>
      </form>
      <p className="muted" data-testid="task-count" aria-live="polite">
        {t(lang, 'shown')} {shown.length} {t(lang, 'of')} {all.length}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t(lang, 'taskList')}>
        <table data-testid="task-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'seq')}</th>
              <th scope="col">{t(lang, 'text')}</th>
              <th scope="col">{t(lang, 'leadUnits')}</th>
              <th scope="col">{t(lang, 'status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => {
              const s = shownStatus(dataset, task);
              return (
                <tr key={task.id} data-task={task.id}>
                  <td>{task.seq}</td>
                  <td>
                    <Link to="/task/$taskId" params={{ taskId: task.id }} search={keep(search) as never}>
                      {task.text}
                    </Link>
                  </td>
                  <td data-testid="lead-units">{task.leadUnitIds.map(unitName).join('、')}</td>
                  <td>
                    <TaskBadge status={s.status} lang={lang} />
                    {s.from === 'suggested' ? <span className="muted"> ({t(lang, 'suggested')})</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
