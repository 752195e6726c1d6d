// The Overview's cards: for a jurisdiction and year, each headline indicator's actual, the year's
// target beside it with its status and gap, the change against last year, and next year's target.
import {
  compareDataset,
  periodYear,
  subtract,
  isRateMeasure,
  type ComparisonRow,
  type Dataset,
  type Indicator,
  type Observation,
} from '@luoshi/core';

/** One headline card. */
export interface HeadlineCard {
  indicator: Indicator;
  measure: Observation['measure'];
  actual: Observation;
  /** The same figure's level (3008.35亿元 beside +5.4%), when the card shows a growth rate. */
  level?: Observation;
  /** This year's target against the actual, when the dataset has one. */
  row?: ComparisonRow;
  /** Last year's actual of the same measure. */
  previous?: Observation;
  /** actual − previous: percentage points for rates. */
  change?: number;
  /** Next year's target, against this actual. */
  next?: ComparisonRow;
}

/** Indicators read first, when a year has them. */
const HEADLINE_ORDER = [
  'gdp',
  'general-budget-revenue',
  'tax-revenue',
  'fixed-asset-investment',
  'retail-sales',
];

const annual = (o: { period: string }, year: number) => o.period === String(year);

/** The headline cards of a jurisdiction and year. */
export function headlineCards(dataset: Dataset, jurisdictionId: string, year: number): HeadlineCard[] {
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const mine = dataset.observations.filter((o) => o.jurisdictionId === jurisdictionId);
  const rows = compareDataset(dataset, { jurisdictionId, period: String(year) });
  const nextRows = compareDataset(dataset, { jurisdictionId, period: String(year + 1) });
  const cards: HeadlineCard[] = [];
  const seen = new Set<string>();
  for (const actual of mine.filter((o) => annual(o, year))) {
    const indicator = indicators.get(actual.indicatorId);
    if (!indicator || actual.indicatorId.startsWith('adhoc:') || seen.has(actual.indicatorId)) continue;
    // A growth rate is the figure the targets speak of; the level goes beside it.
    const growth = mine.find(
      (o) => annual(o, year) && o.indicatorId === actual.indicatorId && o.measure === 'growth',
    );
    const shown = growth ?? actual;
    seen.add(actual.indicatorId);
    const level =
      shown.measure === 'growth'
        ? mine.find((o) => annual(o, year) && o.indicatorId === actual.indicatorId && o.measure === 'level')
        : undefined;
    const previous = mine.find(
      (o) =>
        annual(o, year - 1) &&
        o.indicatorId === shown.indicatorId &&
        o.measure === shown.measure &&
        o.unit === shown.unit,
    );
    const sameFigure = (r: ComparisonRow) =>
      r.target.indicatorId === shown.indicatorId && r.target.measure === shown.measure;
    cards.push({
      indicator,
      measure: shown.measure,
      actual: shown,
      ...(level ? { level } : {}),
      ...(rows.find(sameFigure) ? { row: rows.find(sameFigure)! } : {}),
      ...(previous ? { previous, change: subtract(shown.value, previous.value) } : {}),
      ...(nextRows.find(sameFigure) ? { next: nextRows.find(sameFigure)! } : {}),
    });
  }
  const rank = (c: HeadlineCard) => {
    const i = HEADLINE_ORDER.indexOf(c.indicator.id);
    return i < 0 ? HEADLINE_ORDER.length : i;
  };
  return cards.sort((a, b) => rank(a) - rank(b));
}

/** Whether a change is in percentage points (rates) or the figure's unit. */
export const changeInPoints = (card: HeadlineCard) => isRateMeasure(card.measure) || card.actual.unit === '%';

/** Year-to-date actuals (quarters, months) of a jurisdiction in a year. */
export function yearToDate(dataset: Dataset, jurisdictionId: string, year: number): Observation[] {
  return dataset.observations.filter(
    (o) => o.jurisdictionId === jurisdictionId && periodYear(o.period) === year && o.period !== String(year),
  );
}

/** Targets of a year that have no actual yet or that the year's headline cards do not show. */
export function targetsOfYear(dataset: Dataset, jurisdictionId: string, year: number): ComparisonRow[] {
  return compareDataset(dataset, { jurisdictionId, period: String(year) });
}
