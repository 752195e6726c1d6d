'use client';
import type { ComparisonRow, Dataset, Locale, Observation } from '@luoshi/core';
import type { ThemeName } from '@luoshi/charts';
import { useMemo } from 'react';
import { BlockRoot, useLuoshi } from '../provider/index.js';
import { StatusBadge } from '../status-badge/status-badge.js';
import { indicatorCardModel, indicatorCardModelOf } from './indicator-card.model.js';
import { Sparkline } from './indicator-card.sparkline.js';

/** Where a card's figures come from: a target of a dataset, or a comparison row you already have. */
export type IndicatorCardSource =
  | { dataset: Dataset; targetId: string; row?: undefined }
  | { row: ComparisonRow; observations?: readonly Observation[]; dataset?: undefined };

/** Props of {@link IndicatorCard}. */
export type IndicatorCardProps = IndicatorCardSource & {
  /** Heading level of the indicator's name. Default `3`. */
  headingLevel?: 2 | 3 | 4;
  /** Draw the sparkline of earlier actuals. Default `true`. */
  sparkline?: boolean;
  /** Overrides the provider's locale. */
  locale?: Locale;
  /** Overrides the provider's theme. */
  theme?: ThemeName;
};

/**
 * One indicator at a glance: the actual first, the target beside it, the status in words and colour,
 * the change against last year and a sparkline of earlier actuals. Without an actual it says so and
 * shows the latest earlier one.
 *
 * @example
 * <IndicatorCard dataset={dataset} targetId="haizhu-2025-work-report/gdp" />
 */
export function IndicatorCard(props: IndicatorCardProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const { messages: m, format } = luoshi;
  const model = useMemo(
    () =>
      props.dataset
        ? indicatorCardModelOf(props.dataset, props.targetId)
        : indicatorCardModel(props.row, props.observations ?? []),
    [
      props.dataset,
      props.dataset ? props.targetId : props.row,
      props.dataset ? undefined : props.observations,
    ],
  );
  const Heading = `h${props.headingLevel ?? 3}` as 'h3';
  if (!model) {
    return (
      <BlockRoot luoshi={luoshi} as="article" className="luoshi-card" data-testid="luoshi-indicator-card">
        <Heading className="luoshi-card-title">{m.empty}</Heading>
        <p className="luoshi-muted">{props.dataset ? props.targetId : ''}</p>
      </BlockRoot>
    );
  }
  const { row, history, change } = model;
  const { target, observation, indicator, jurisdiction, evaluation } = row;
  const name =
    (luoshi.locale === 'en' ? (indicator?.nameEn ?? indicator?.name) : indicator?.name) ?? target.indicatorId;
  const place = jurisdiction
    ? luoshi.locale === 'en'
      ? (jurisdiction.nameEn ?? jurisdiction.name)
      : jurisdiction.name
    : '';
  const figureOf = (o: Observation) =>
    format.figure(o.value, o.unit, o.decimals !== undefined ? { places: o.decimals } : {});
  const previous = row.previousActual;
  const changeText = change
    ? change.kind === 'pp'
      ? format.points(change.value)
      : `${change.value > 0 ? '+' : ''}${format.number(change.value, 1)}%`
    : undefined;
  const headingId = `luoshi-card-${target.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <BlockRoot
      luoshi={luoshi}
      as="article"
      className="luoshi-card"
      aria-labelledby={headingId}
      data-testid="luoshi-indicator-card"
    >
      <Heading id={headingId} className="luoshi-card-title">
        {name}
      </Heading>
      <div className="luoshi-muted">{[place, format.period(target.period)].filter(Boolean).join(' · ')}</div>
      <div className="luoshi-card-row">
        <span className="luoshi-card-figure" data-testid="luoshi-card-figure">
          {observation ? figureOf(observation) : m.none}
        </span>
        <StatusBadge kind="evaluation" status={evaluation.status} />
      </div>
      {!observation ? (
        <div className="luoshi-muted">
          {m.pendingActual}
          {previous ? m.previousActual(format.period(previous.period), figureOf(previous)) : ''}
        </div>
      ) : null}
      <div className="luoshi-card-row">
        <span>
          {target.strength === 'aspirational' && luoshi.locale !== 'en' ? '力争' : m.target}{' '}
          <strong data-testid="luoshi-card-target">{format.target(target)}</strong>
        </span>
        {changeText ? (
          <span data-testid="luoshi-card-change">{m.changeVsLastYear(changeText)}</span>
        ) : observation ? (
          <span className="luoshi-muted">{m.noPriorYear}</span>
        ) : null}
      </div>
      {props.sparkline !== false && history.length > 1 ? (
        <Sparkline
          values={history}
          {...(target.unit === history[0]!.unit && target.comparator !== 'range'
            ? { target: target.value }
            : {})}
          label={m.trendOf(
            name,
            history.map((o) => `${format.period(o.period)} ${figureOf(o)}`),
          )}
        />
      ) : null}
      <p className="luoshi-muted luoshi-card-explanation">
        {luoshi.locale === 'en' ? evaluation.explanation.en : evaluation.explanation.zh}
      </p>
    </BlockRoot>
  );
}
