'use client';
import type { Dataset, Locale } from '@luoshi/core';
import type { ThemeName } from '@luoshi/charts';
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import type { sortingFeatures } from '../data-table/data-table.js';
import { DataTable, type ColumnSort } from '../data-table/data-table.js';
import { BlockRoot, useLuoshi, type LuoshiContextValue } from '../provider/index.js';
import { unitStandings, type UnitStanding, type UnitStandingsOptions } from './unit-leaderboard.rows.js';

/** The columns a leaderboard sorts by. */
export type UnitLeaderboardColumn = 'rank' | 'name' | 'total' | 'completedShare' | 'behind';

/** Props of {@link UnitLeaderboard}. */
export interface UnitLeaderboardProps extends UnitStandingsOptions {
  dataset: Dataset;
  /** Controlled sort; pair with `onSortChange`. Default (uncontrolled): by rank. */
  sort?: ColumnSort<UnitLeaderboardColumn> | null;
  defaultSort?: ColumnSort<UnitLeaderboardColumn> | null;
  onSortChange?: (sort: ColumnSort<UnitLeaderboardColumn> | null) => void;
  /** Called with a unit's id when its name is chosen. */
  onSelectUnit?: (unitId: string) => void;
  /** Show only the first `limit` units (by rank). Default: all. */
  limit?: number;
  caption?: string;
  locale?: Locale;
  theme?: ThemeName;
}

const helper = createColumnHelper<typeof sortingFeatures, UnitStanding>();

function columnsFor(luoshi: LuoshiContextValue, onSelectUnit?: (id: string) => void) {
  const { messages: m, format } = luoshi;
  return helper.columns([
    helper.accessor((s) => s.rank, { id: 'rank', header: m.rank, meta: { numeric: true } }),
    helper.accessor((s) => s.name, {
      id: 'name',
      header: m.unit,
      sortFn: (a, b) => a.original.name.localeCompare(b.original.name, 'zh-CN'),
      cell: (c) =>
        onSelectUnit ? (
          <button
            type="button"
            className="luoshi-row-select"
            onClick={() => onSelectUnit(c.row.original.unitId)}
          >
            {c.row.original.name}
          </button>
        ) : (
          c.row.original.name
        ),
    }),
    helper.accessor((s) => s.total, { id: 'total', header: m.tasks, meta: { numeric: true } }),
    helper.accessor((s) => s.completedShare, {
      id: 'completedShare',
      header: m.completedShare,
      meta: { numeric: true },
      cell: (c) => {
        const s = c.row.original;
        return (
          <span className="luoshi-share">
            <span className="luoshi-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(s.completedShare * 100)}%` }} />
            </span>
            {format.ratio(s.completedShare)}
          </span>
        );
      },
    }),
    helper.accessor((s) => s.behind, { id: 'behind', header: m.behind, meta: { numeric: true } }),
    helper.display({
      id: 'breakdown',
      header: m.status,
      cell: (c) => {
        const s = c.row.original;
        const parts = (Object.keys(s.counts) as (keyof typeof s.counts)[])
          .filter((k) => s.counts[k] > 0)
          .map((k) => `${luoshi.statusLabels.task[k]} ${s.counts[k]}`);
        return (
          <span className="luoshi-muted">
            {parts.join(' · ')}
            {s.suggested > 0 ? ` ${m.suggestedTag}` : ''}
          </span>
        );
      },
    }),
  ]);
}

/**
 * Units ranked by how many of their tasks are done (已完成 share), then by fewer behind schedule, with
 * each unit's tasks by status. Statuses a machine only suggested count, and are marked so.
 *
 * @example
 * <UnitLeaderboard dataset={dataset} reportId="haizhu-2025-task-division" />
 */
export function UnitLeaderboard(props: UnitLeaderboardProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const id = useId();
  const { dataset, role, reportId, limit } = props;
  const standings = useMemo(() => {
    const all = unitStandings(dataset, { ...(role ? { role } : {}), ...(reportId ? { reportId } : {}) });
    return limit === undefined ? all : all.slice(0, limit);
  }, [dataset, role, reportId, limit]);
  const columns = useMemo(() => columnsFor(luoshi, props.onSelectUnit), [luoshi, props.onSelectUnit]);
  return (
    <BlockRoot
      luoshi={luoshi}
      as="section"
      className="luoshi-unit-leaderboard"
      aria-labelledby={`${id}-caption`}
    >
      <DataTable
        data={standings}
        columns={columns}
        caption={props.caption ?? luoshi.messages.unitLeaderboard}
        captionId={`${id}-caption`}
        messages={luoshi.messages}
        rowId={(s) => s.unitId}
        {...(props.sort !== undefined ? { sort: props.sort } : {})}
        defaultSort={props.defaultSort ?? null}
        {...(props.onSortChange ? { onSortChange: props.onSortChange } : {})}
        empty={luoshi.messages.empty}
        testId="luoshi-unit-leaderboard"
      />
    </BlockRoot>
  );
}
