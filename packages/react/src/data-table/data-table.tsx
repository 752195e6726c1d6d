'use client';
import {
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useCallback, useState, type ReactNode } from 'react';
import type { Messages } from '../provider/index.js';

/** The sorting features every small block table uses (the task table adds filtering and Virtual). */
export const sortingFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

/** A column's sort: its id and direction. */
export interface ColumnSort<C extends string = string> {
  column: C;
  direction: 'asc' | 'desc';
}

/** Column metadata the block tables read: right-aligned tabular figures. */
export interface BlockColumnMeta {
  numeric?: boolean;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<T extends RowData, C extends string> {
  data: readonly T[];
  columns: ColumnDef<typeof sortingFeatures, T, unknown>[];
  caption: ReactNode;
  captionId: string;
  messages: Messages;
  rowId: (row: T) => string;
  sort?: ColumnSort<C> | null;
  defaultSort?: ColumnSort<C> | null;
  onSortChange?: (sort: ColumnSort<C> | null) => void;
  empty: ReactNode;
  testId?: string;
}

/** Controlled when `value` is given, else local state starting from `initial`. */
export function useControllable<T>(
  value: T | undefined,
  initial: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [local, setLocal] = useState(initial);
  const controlled = value !== undefined;
  const current = controlled ? value : local;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setLocal(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, set];
}

/**
 * A small sortable table (TanStack Table) with the blocks' markup: a caption, `scope="col"` headers
 * whose sort is a button (Enter/Space) and announced by `aria-sort`, a focusable scrolling region.
 * Internal to the blocks; the task table has its own for filters and virtual rows.
 */
export function DataTable<T extends RowData, C extends string>(props: DataTableProps<T, C>) {
  const [sort, setSort] = useControllable<ColumnSort<C> | null>(
    props.sort === undefined ? undefined : props.sort,
    props.defaultSort ?? null,
    props.onSortChange,
  );
  const sorting: SortingState = sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [];
  const table = useTable({
    features: sortingFeatures,
    columns: props.columns,
    data: props.data as T[],
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const first = functionalUpdate(updater, sorting)[0];
      setSort(first ? { column: first.id as C, direction: first.desc ? 'desc' : 'asc' } : null);
    },
    enableMultiSort: false,
    sortDescFirst: false,
    getRowId: props.rowId,
  });
  const m = props.messages;
  const headers = table.getHeaderGroups()[0]!.headers;
  const rows = table.getRowModel().rows;
  return (
    <div className="luoshi-table-wrap" tabIndex={0} role="region" aria-labelledby={props.captionId}>
      <table className="luoshi-table" data-testid={props.testId}>
        <caption id={props.captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const numeric = (header.column.columnDef.meta as BlockColumnMeta | undefined)?.numeric;
              const label = String(header.column.columnDef.header);
              const canSort = header.column.getCanSort();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={numeric ? 'luoshi-num' : undefined}
                  aria-sort={
                    sorted === 'asc'
                      ? 'ascending'
                      : sorted === 'desc'
                        ? 'descending'
                        : canSort
                          ? 'none'
                          : undefined
                  }
                >
                  {canSort ? (
                    <button
                      type="button"
                      className="luoshi-sort"
                      onClick={header.column.getToggleSortingHandler()}
                      title={m.sortBy(label)}
                    >
                      {label}
                      <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="luoshi-muted">
                {props.empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} data-row-id={row.id}>
                {row.getAllCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as BlockColumnMeta | undefined)?.numeric;
                  return (
                    <td key={cell.id} className={numeric ? 'luoshi-num' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
