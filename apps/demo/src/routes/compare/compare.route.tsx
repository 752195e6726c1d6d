import { jurisdictionComparison, formatFigure } from '@luoshi/charts';
import { rankJurisdictions, type Observation } from '@luoshi/core';
import { ChartFigure } from '../../charts/chart-figure.js';
import { localeOf, t } from '../../app/i18n.js';
import { useScope } from '../../app/use-scope.js';

const MEASURE: Partial<Record<Observation['measure'], { zh: string; en: string }>> = {
  growth: { zh: '增速', en: 'growth' },
  level: { zh: '总量', en: 'level' },
  share: { zh: '占比', en: 'share' },
  count: { zh: '数量', en: 'count' },
};

/** Compare: districts side by side on the indicators they all report, like against like. */
export function CompareRoute() {
  const { dataset, lang, theme, jurisdictions, year } = useScope();
  const districts = jurisdictions.filter((j) => j.level === 'district');
  const ids = new Set(districts.map((j) => j.id));
  const observations = dataset.observations.filter((o) => ids.has(o.jurisdictionId));
  // Years with a figure both districts report: the selected year, else the latest such year.
  const key = (o: Observation) => `${o.indicatorId}|${o.measure}|${o.unit}|${o.period}`;
  const reporters = new Map<string, Set<string>>();
  for (const o of observations)
    reporters.set(key(o), (reporters.get(key(o)) ?? new Set()).add(o.jurisdictionId));
  const common = [...reporters.entries()]
    .filter(([, who]) => who.size === ids.size && ids.size > 1)
    .map(([k]) => k);
  const years = [...new Set(common.map((k) => k.split('|')[3]!))].sort();
  const period = years.includes(String(year)) ? String(year) : years.at(-1);
  const shared = common.filter((k) => k.split('|')[3] === period);
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const locale = localeOf(lang);
  return (
    <>
      <h2>
        {t(lang, 'compare')} {period ?? ''}
      </h2>
      <p className="muted">{t(lang, 'compareIntro')}</p>
      {shared.length === 0 || period === undefined ? (
        <p>{t(lang, 'noCommon')}</p>
      ) : (
        <>
          <ChartFigure
            view={jurisdictionComparison}
            dataset={dataset}
            options={{ period, indicatorIds: [...new Set(shared.map((k) => k.split('|')[0]!))] }}
            lang={lang}
            theme={theme}
            name={`compare-${period}`}
          />
          {shared.map((k) => {
            const [indicatorId, measure, unit] = k.split('|') as [string, Observation['measure'], string];
            const ranking = rankJurisdictions(dataset, indicatorId, period, measure);
            const indicator = indicators.get(indicatorId);
            return (
              <section key={k} aria-label={indicator?.name ?? indicatorId}>
                <h3>
                  {t(lang, 'ranking')}:{' '}
                  {lang === 'en' ? (indicator?.nameEn ?? indicator?.name) : indicator?.name} (
                  {MEASURE[measure]?.[lang] ?? measure}, {unit})
                </h3>
                <table data-testid="ranking">
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{t(lang, 'jurisdiction')}</th>
                      <th scope="col">{t(lang, 'actual')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ranking.rows.map((r) => (
                      <tr key={r.jurisdictionId}>
                        <td>{r.rank}</td>
                        <td>
                          {lang === 'en'
                            ? (r.jurisdiction?.nameEn ?? r.jurisdiction?.name)
                            : r.jurisdiction?.name}
                        </td>
                        <td>{formatFigure(r.value, ranking.unit, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
