import type { Evaluation, Locale } from '@luoshi/core';
import {
  formatFigure,
  formatNumber,
  formatPoints,
  formatTargetLabel,
  formatTargetValue,
} from '../../format/format.number.js';
import { sourcePlaces } from '../../format/format.precision.js';
import type { UnitFormat } from '../../format/format.units.js';
import { statusLabel, type StatusVocabulary } from '../../status/status.vocabulary.js';
import { labels, t } from './view.labels.js';
import { rowName, type TargetRow } from './view.targets.js';

type Units = Record<string, UnitFormat> | undefined;

/** The actual as written (`5.4%`, `3008.35亿元`), marked when it is an estimate (预计); `—` without one. */
export function actualText(row: TargetRow, locale: Locale, units?: Units): string {
  const o = row.observation;
  if (!o) return '—';
  const places = sourcePlaces(o.value, o.source?.quote);
  const figure = formatFigure(o.value, o.unit, locale, { places, ...(units ? { units } : {}) });
  return o.estimate ? `${figure}（${t(labels.estimate, locale)}）` : figure;
}

/** The gap as a reader wants it: percentage points for rates, the unit and percent of target for levels. */
export function gapText(evaluation: Evaluation, locale: Locale, units?: Units): string {
  const gap = evaluation.gap;
  if (!gap) return '—';
  if (gap.unit === 'pp') return formatPoints(gap.absolute, locale);
  const absolute = formatFigure(gap.absolute, gap.unit, locale, {
    signed: true,
    ...(units ? { units } : {}),
  });
  if (gap.relative === undefined) return absolute;
  const relative = `${formatNumber(gap.relative, locale, undefined, true)}%`;
  return `${absolute} (${relative})`;
}

/** The target's figure, for tables (`≥10%`). */
export function targetText(row: TargetRow, locale: Locale, units?: Units): string {
  return formatTargetValue(row.target, locale, units);
}

/** One line per row: `地区生产总值增速：目标 5.5%，实际 5.4%，接近（-0.1个百分点）`. */
export function rowSummary(
  row: TargetRow,
  vocabulary: StatusVocabulary,
  locale: Locale,
  units?: Units,
): string {
  const status = statusLabel(vocabulary.evaluation[row.evaluation.status], locale);
  const colon = locale === 'en' ? ': ' : '：';
  const comma = locale === 'en' ? ', ' : '，';
  const parts = [formatTargetLabel(row.target, locale, units)];
  if (row.observation) parts.push(`${t(labels.actual, locale)} ${actualText(row, locale, units)}`);
  const gap = row.evaluation.gap ? ` (${gapText(row.evaluation, locale, units)})` : '';
  parts.push(status + (locale === 'en' ? gap : gap.replace(' (', '（').replace(/\)$/, '）')));
  return rowName(row, locale) + colon + parts.join(comma);
}

/** A plain-text tooltip: the summary line, then the engine's explanation. */
export function rowTooltip(
  row: TargetRow,
  vocabulary: StatusVocabulary,
  locale: Locale,
  units?: Units,
): string {
  return `${rowSummary(row, vocabulary, locale, units)}\n${t(row.evaluation.explanation, locale)}`;
}
