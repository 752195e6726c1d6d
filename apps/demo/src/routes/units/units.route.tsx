import { statusByUnit } from '@luoshi/charts';
import { tasksByUnit } from '@luoshi/core';
import { ChartFigure } from '../../charts/chart-figure.js';
import { t } from '../../app/i18n.js';
import { taskStatusLabel } from '../../app/status.js';
import { useScope } from '../../app/use-scope.js';
import { taskListsOf } from '../../data/data.select.js';
import { TASK_STATUSES_FOR_FILTER } from '../tasks/tasks.filters.js';

/** Units: every responsible unit with its tasks and status counts; renamed bodies are one unit. */
export function UnitsRoute() {
  const { dataset, lang, theme, jurisdictionId, year } = useScope();
  const lists = taskListsOf(dataset, jurisdictionId, year);
  const reportIds = new Set(lists.map((r) => r.id));
  const scoped = { ...dataset, tasks: dataset.tasks.filter((task) => reportIds.has(task.reportId)) };
  const rows = tasksByUnit(scoped).sort((a, b) => b.total - a.total);
  return (
    <>
      <h2>
        {t(lang, 'units')} {year}
      </h2>
      <p className="muted">{t(lang, 'unitsIntro')}</p>
      {lists[0] ? (
        <ChartFigure
          view={statusByUnit}
          dataset={dataset}
          options={{ reportId: lists[0].id }}
          lang={lang}
          theme={theme}
          name={`units-${jurisdictionId}-${year}`}
          height={Math.max(320, Math.min(rows.length, 25) * 22 + 80)}
        />
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t(lang, 'units')}>
        <table data-testid="unit-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, 'unit')}</th>
              <th scope="col">{t(lang, 'total')}</th>
              {TASK_STATUSES_FOR_FILTER.map((s) => (
                <th scope="col" key={s}>
                  {taskStatusLabel(s, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId}>
                <th scope="row">
                  {r.unit?.name ?? r.unitId}
                  {r.unit && r.unit.aliases.length > 0 ? (
                    <div className="muted" style={{ fontWeight: 400, fontSize: '0.8rem' }}>
                      {t(lang, 'alsoKnown')}: {r.unit.aliases.join('、')}
                    </div>
                  ) : null}
                </th>
                <td>{r.total}</td>
                {TASK_STATUSES_FOR_FILTER.map((s) => (
                  <td key={s}>{r.counts[s] || ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
