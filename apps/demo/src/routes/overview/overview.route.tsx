import { bullet, formatFigure, formatPoints, trend } from '@luoshi/charts';
import { formatTarget, periodYear } from '@luoshi/core';
import { ChartFigure } from '../../charts/chart-figure.js';
import { localeOf, pickText, t, type Lang } from '../../app/i18n.js';
import { EvaluationBadge } from '../../app/status.js';
import { useScope } from '../../app/use-scope.js';
import {
  changeInPoints,
  headlineCards,
  targetsOfYear,
  yearToDate,
  type HeadlineCard,
} from './overview.model.js';

const nameOf = (lang: Lang, x: { name: string; nameEn?: string | undefined }) =>
  lang === 'en' ? (x.nameEn ?? x.name) : x.name;

function Card({ card, lang, year }: { card: HeadlineCard; lang: Lang; year: number }) {
  const locale = localeOf(lang);
  const { actual, row, next } = card;
  const unitOfChange = changeInPoints(card) ? undefined : actual.unit;
  return (
    <article
      className="card"
      data-indicator={card.indicator.id}
      aria-labelledby={`card-${card.indicator.id}`}
    >
      <h3 id={`card-${card.indicator.id}`}>
        {nameOf(lang, card.indicator)}
        {card.measure === 'growth' ? (lang === 'en' ? ' growth' : '增速') : ''} · {year}
      </h3>
      <div className="figure" data-testid="actual">
        {formatFigure(actual.value, actual.unit, locale)}
        {card.level ? <small>{formatFigure(card.level.value, card.level.unit, locale)}</small> : null}
      </div>
      <dl>
        <dt>{t(lang, 'target')}</dt>
        <dd data-testid="target">
          {row ? (
            <>
              {formatTarget(row.target, lang)} <EvaluationBadge status={row.evaluation.status} lang={lang} />
            </>
          ) : (
            <span className="muted">{t(lang, 'noTarget')}</span>
          )}
        </dd>
        {row?.evaluation.gap ? (
          <>
            <dt>{t(lang, 'gap')}</dt>
            <dd>
              {changeInPoints(card)
                ? formatPoints(row.evaluation.gap.absolute, locale)
                : formatFigure(row.evaluation.gap.absolute, row.evaluation.gap.unit, locale)}
            </dd>
          </>
        ) : null}
        {card.change !== undefined && card.previous ? (
          <>
            <dt>{t(lang, 'vsLastYear')}</dt>
            <dd data-testid="change">
              {unitOfChange
                ? formatFigure(card.change, unitOfChange, locale)
                : formatPoints(card.change, locale)}
              <span className="muted">
                {' '}
                ({card.previous.period}: {formatFigure(card.previous.value, card.previous.unit, locale)})
              </span>
            </dd>
          </>
        ) : null}
        {next ? (
          <>
            <dt>
              {t(lang, 'nextTarget')} {periodYear(next.target.period)}
            </dt>
            <dd data-testid="next-target">
              {formatTarget(next.target, lang)}
              {next.ambition?.difference !== undefined ? (
                <span className="muted">
                  {' '}
                  (
                  {changeInPoints(card)
                    ? formatPoints(next.ambition.difference, locale)
                    : formatFigure(next.ambition.difference, next.target.unit, locale)}{' '}
                  {lang === 'en' ? `vs ${year}` : `较${year}年`})
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {actual.source ? (
        <p className="muted" style={{ fontSize: '0.8rem', margin: '8px 0 0' }}>
          {t(lang, 'source')}: “{actual.source.quote}”
        </p>
      ) : null}
    </article>
  );
}

/** Overview: the figure first, the target beside it, the status in words and colour. */
export function OverviewRoute() {
  const { dataset, lang, theme, jurisdictionId, jurisdiction, year } = useScope();
  const cards = headlineCards(dataset, jurisdictionId, year);
  const rows = targetsOfYear(dataset, jurisdictionId, year).filter(
    (r) => !r.target.indicatorId.startsWith('adhoc:'),
  );
  const nextRows = targetsOfYear(dataset, jurisdictionId, year + 1).filter(
    (r) => !r.target.indicatorId.startsWith('adhoc:'),
  );
  const ytd = yearToDate(dataset, jurisdictionId, year);
  const reports = dataset.reports.filter((r) => r.jurisdictionId === jurisdictionId);
  const trendIndicator = cards[0]?.indicator.id;
  const bulletYear = rows.length > 0 ? year : nextRows.length > 0 ? year + 1 : year;
  return (
    <>
      <h2>
        {jurisdiction ? nameOf(lang, jurisdiction) : ''} {year} · {t(lang, 'headline')}
      </h2>
      <div className="cards" data-testid="headline-cards">
        {cards.map((card) => (
          <Card key={card.indicator.id} card={card} lang={lang} year={year} />
        ))}
        {cards.length === 0 ? <p className="muted">{t(lang, 'noActual')}</p> : null}
      </div>
      <div className="grid2">
        <section aria-labelledby="h-targets">
          <h2 id="h-targets">
            {t(lang, 'targetsOfYear')} {bulletYear}
          </h2>
          <ChartFigure
            view={bullet}
            dataset={dataset}
            options={{ jurisdictionId, period: String(bulletYear) }}
            lang={lang}
            theme={theme}
            name={`bullet-${jurisdictionId}-${bulletYear}`}
          />
        </section>
        <section aria-labelledby="h-trend">
          <h2 id="h-trend">{t(lang, 'trend')}</h2>
          <ChartFigure
            view={trend}
            dataset={dataset}
            options={{ jurisdictionId, ...(trendIndicator ? { indicatorIds: [trendIndicator] } : {}) }}
            lang={lang}
            theme={theme}
            name={`trend-${jurisdictionId}`}
          />
        </section>
      </div>
      <section aria-labelledby="h-ambition">
        <h2 id="h-ambition">
          {t(lang, 'ambition')} {year + 1}
        </h2>
        {nextRows.length === 0 ? (
          <p className="muted">{t(lang, 'noTarget')}</p>
        ) : (
          <ul data-testid="ambition">
            {nextRows.map((r) => (
              <li key={r.target.id}>
                <strong>{r.indicator ? nameOf(lang, r.indicator) : r.target.indicatorId}</strong>{' '}
                {formatTarget(r.target, lang)} —{' '}
                {r.ambition ? pickText(lang, r.ambition.explanation) : t(lang, 'noActual')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-progress">
        <h2 id="h-progress">{t(lang, 'progress')}</h2>
        {ytd.length === 0 ? (
          <p className="muted">{t(lang, 'noProgress')}</p>
        ) : (
          <ul>
            {ytd.map((o) => (
              <li key={o.id}>
                {o.period} {o.indicatorId}: {formatFigure(o.value, o.unit, localeOf(lang))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-holds">
        <h2 id="h-holds">{t(lang, 'holds')}</h2>
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              {r.title}
              {r.issuer ? <span className="muted"> — {r.issuer}</span> : null}
              {r.deliveredOn ? <span className="muted">, {r.deliveredOn}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
