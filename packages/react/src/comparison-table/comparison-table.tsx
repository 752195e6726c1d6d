'use client';
import {
  compareDataset,
  type ComparisonRow,
  type CompareDatasetOptions,
  type Dataset,
  type Locale,
} from '@luoshi/core';
import { evaluationStatusOrder, type ThemeName } from '@luoshi/charts';
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import type { sortingFeatures } from '../data-table/data-table.js';
import { DataTable, type ColumnSort } from '../data-table/data-table.js';
import { BlockRoot, useLuoshi, type LuoshiContextValue } from '../provider/index.js';
import { StatusBadge } from '../status-badge/status-badge.js';

/** The columns a comparison table sorts by. */
export type ComparisonColumn = 'indicator' | 'jurisdiction' | 'period' | 'status' | 'gap';

/** Props of {@link ComparisonTable}. */
export interface ComparisonTableProps {
  /** The dataset whose targets are compared with their actuals (core's `compareDataset`). */
  dataset: Dataset;
  /** Passed to `compareDataset`: a jurisdiction, a period, tolerances. Default: every target. */
  compare?: CompareDatasetOptions;
  sort?: ColumnSort<ComparisonColumn> | null;
  defaultSort?: ColumnSort<ComparisonColumn> | null;
  onSortChange?: (sort: ColumnSort<ComparisonColumn> | null) => void;
  /** Called with a target's id when its indicator is chosen. */
  onSelectTarget?: (targetId: string) => void;
  caption?: string;
  locale?: Locale;
  theme?: ThemeName;
}

const helper = createColumnHelper<typeof sortingFeatures, ComparisonRow>();

function nameOf(row: ComparisonRow, locale: Locale): string {
  const i = row.indicator;
  if (!i) return row.target.indicatorId;
  return locale === 'en' ? (i.nameEn ?? i.name) : i.name;
}

function columnsFor(luoshi: LuoshiContextValue, onSelectTarget?: (id: string) => void) {
  const { messages: m, format, locale } = luoshi;
  return helper.columns([
    helper.accessor((r) => nameOf(r, locale), {
      id: 'indicator',
      header: m.indicator,
      sortFn: (a, b) => nameOf(a.original, locale).localeCompare(nameOf(b.original, locale), locale),
      cell: (c) => {
        const name = nameOf(c.row.original, locale);
        return onSelectTarget ? (
          <button
            type="button"
            className="luoshi-row-select"
            onClick={() => onSelectTarget(c.row.original.target.id)}
          >
            {name}
          </button>
        ) : (
          name
        );
      },
    }),
    helper.accessor(
      (r) =>
        r.jurisdiction
          ? locale === 'en'
            ? (r.jurisdiction.nameEn ?? r.jurisdiction.name)
            : r.jurisdiction.name
          : r.target.jurisdictionId,
      { id: 'jurisdiction', header: m.jurisdiction },
    ),
    helper.accessor((r) => r.target.period, {
      id: 'period',
      header: m.period,
      cell: (c) => format.period(c.row.original.target.period),
    }),
    helper.display({
      id: 'target',
      header: m.target,
      meta: { numeric: true },
      cell: (c) => format.target(c.row.original.target),
    }),
    helper.display({
      id: 'actual',
      header: m.actual,
      meta: { numeric: true },
      cell: (c) => {
        const o = c.row.original.observation;
        return o
          ? format.figure(o.value, o.unit, o.decimals !== undefined ? { places: o.decimals } : {})
          : m.none;
      },
    }),
    helper.accessor((r) => r.evaluation.gap?.absolute ?? Number.NEGATIVE_INFINITY, {
      id: 'gap',
      header: m.gap,
      meta: { numeric: true },
      cell: (c) => {
        const gap = c.row.original.evaluation.gap;
        if (!gap) return m.none;
        return gap.unit === 'pp'
          ? format.points(gap.absolute)
          : format.figure(gap.absolute, gap.unit, { signed: true });
      },
    }),
    helper.accessor((r) => evaluationStatusOrder.indexOf(r.evaluation.status), {
      id: 'status',
      header: m.evaluation,
      cell: (c) => <StatusBadge kind="evaluation" status={c.row.original.evaluation.status} />,
    }),
    helper.display({
      id: 'explanation',
      header: m.explanation,
      cell: (c) => {
        const e = c.row.original.evaluation.explanation;
        return <span className="luoshi-muted">{locale === 'en' ? e.en : e.zh}</span>;
      },
    }),
  ]);
}

/**
 * Every target beside its actual, from core's `compareDataset`: indicator, jurisdiction, period,
 * target, actual, gap (points for rates, the unit for levels, at the source's precision), evaluation
 * and the sentence that explains it. Sortable by indicator, jurisdiction, period, gap and status.
 *
 * @example
 * <ComparisonTable dataset={dataset} compare={{ jurisdictionId: 'haizhu', period: '2024' }} />
 */
export function ComparisonTable(props: ComparisonTableProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const id = useId();
  const rows = useMemo(() => compareDataset(props.dataset, props.compare), [props.dataset, props.compare]);
  const columns = useMemo(() => columnsFor(luoshi, props.onSelectTarget), [luoshi, props.onSelectTarget]);
  return (
    <BlockRoot
      luoshi={luoshi}
      as="section"
      className="luoshi-comparison-table"
      aria-labelledby={`${id}-caption`}
    >
      <DataTable
        data={rows}
        columns={columns}
        caption={props.caption ?? luoshi.messages.comparisonTable}
        captionId={`${id}-caption`}
        messages={luoshi.messages}
        rowId={(r) => r.target.id}
        {...(props.sort !== undefined ? { sort: props.sort } : {})}
        defaultSort={props.defaultSort ?? null}
        {...(props.onSortChange ? { onSortChange: props.onSortChange } : {})}
        empty={luoshi.messages.empty}
        testId="luoshi-comparison-table"
      />
    </BlockRoot>
  );
}
