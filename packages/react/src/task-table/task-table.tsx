'use client';
import type { Dataset, Locale, TaskStatus } from '@luoshi/core';
import { taskStatusOrder, type ThemeName } from '@luoshi/charts';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  functionalUpdate,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { BlockRoot, useLuoshi, type LuoshiContextValue } from '../provider/index.js';
import { StatusBadge } from '../status-badge/status-badge.js';
import {
  filterChoices,
  involvesUnit,
  matchesQuery,
  taskRows,
  type TaskFilters,
  type TaskRow,
} from './task-table.rows.js';

/** The columns a task table sorts by. */
export type TaskSortColumn = 'seq' | 'year' | 'text' | 'leadUnits' | 'status' | 'lineage';

/** A task table's sort: one column, ascending or descending. */
export interface TaskSort {
  column: TaskSortColumn;
  direction: 'asc' | 'desc';
}

/** Props of {@link TaskTable}. */
export interface TaskTableProps {
  /** The dataset whose tasks are listed (rows are read with {@link taskRows}). */
  dataset?: Dataset;
  /** Rows you built yourself (e.g. 10 000 for a benchmark); wins over `dataset`. */
  rows?: readonly TaskRow[];
  /** Controlled filters (keep them in the URL); pair with `onFiltersChange`. */
  filters?: TaskFilters;
  /** Filters to start with when uncontrolled. Default: none. */
  defaultFilters?: TaskFilters;
  onFiltersChange?: (filters: TaskFilters) => void;
  /** Controlled sort (`null`: the dataset's order); pair with `onSortChange`. */
  sort?: TaskSort | null;
  /** Sort to start with when uncontrolled. Default `null` (dataset order). */
  defaultSort?: TaskSort | null;
  onSortChange?: (sort: TaskSort | null) => void;
  /** Called with a task's id when its row is chosen (click, Enter or Space on the task). */
  onSelectTask?: (taskId: string) => void;
  /**
   * Render only the rows in view (TanStack Virtual). `false` renders every row: for small lists,
   * printing, and the benchmark's comparison. Default `true`.
   */
  virtualize?: boolean;
  /** Height of the scrolling body in CSS pixels. Default `480`. */
  height?: number;
  /** The table's caption. Default: 重点任务 / Key tasks. */
  caption?: string;
  /** Overrides the provider's locale. */
  locale?: Locale;
  /** Overrides the provider's theme. */
  theme?: ThemeName;
}

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

const helper = createColumnHelper<typeof features, TaskRow>();

const statusRank = new Map<TaskStatus, number>(taskStatusOrder.map((s, i) => [s, i]));
const lineageRank = { continued: 0, expanded: 1, 'carried-over': 2, new: 3, 'not-repeated': 4 } as const;

/** Column widths in CSS pixels (`table-layout: fixed`, so virtual rows never shift the columns). */
const widths = {
  seq: 56,
  year: 64,
  text: 320,
  leadUnits: 150,
  supportUnits: 130,
  targets: 150,
  status: 150,
  lineage: 170,
};
const ROW_ESTIMATE = 56;
const tableWidth = Object.values(widths).reduce((a, b) => a + b, 0);

function lineageLabel(row: TaskRow, luoshi: LuoshiContextValue): ReactNode {
  const { messages: m, format } = luoshi;
  const { newerKind, olderKind, predecessor, successors } = row.lineage;
  const kind = newerKind ?? olderKind;
  if (!kind) return <span className="luoshi-muted">{m.none}</span>;
  const kindText = m.lineageKind[kind];
  if (predecessor && predecessor.seq !== undefined) {
    return m.predecessorLink(
      kindText,
      String(predecessor.seq),
      predecessor.score !== undefined ? format.number(predecessor.score, 2) : '—',
    );
  }
  if (successors.length > 0) return `${kindText} → ${successors.map((s) => `#${s.seq ?? '?'}`).join(', ')}`;
  return kindText;
}

function columnsFor(luoshi: LuoshiContextValue, onSelectTask?: (id: string) => void) {
  const { messages: m, format } = luoshi;
  const units = (list: TaskRow['leadUnits']) =>
    list.length === 0 ? <span className="luoshi-muted">{m.none}</span> : list.map((u) => u.name).join('、');
  return helper.columns([
    helper.accessor((r) => r.seq, {
      id: 'seq',
      header: m.taskNumber,
      cell: (c) => c.row.original.seq,
      meta: { numeric: true },
    }),
    helper.accessor((r) => r.year ?? 0, {
      id: 'year',
      header: m.year,
      cell: (c) => c.row.original.year ?? m.none,
      filterFn: (row, _id, value: number) => row.original.year === value,
      meta: { numeric: true },
    }),
    helper.accessor((r) => r.text, {
      id: 'text',
      header: m.task,
      sortFn: (a, b) => a.original.text.localeCompare(b.original.text, 'zh-CN'),
      cell: (c) => {
        const r = c.row.original;
        const body = (
          <>
            {r.text}
            {r.category ? <span className="luoshi-muted"> · {r.category}</span> : null}
          </>
        );
        return onSelectTask ? (
          <button
            type="button"
            className="luoshi-row-select"
            data-row-select
            onClick={() => onSelectTask(r.id)}
          >
            {body}
          </button>
        ) : (
          body
        );
      },
    }),
    helper.accessor((r) => r.leadUnits[0]?.name ?? '', {
      id: 'leadUnits',
      header: m.leadUnits,
      sortFn: (a, b) =>
        (a.original.leadUnits[0]?.name ?? '').localeCompare(b.original.leadUnits[0]?.name ?? '', 'zh-CN'),
      // The unit filter matches support units too: a unit wants to see every task it is named in.
      filterFn: (row, _id, value: string) => involvesUnit(row.original, value),
      cell: (c) => units(c.row.original.leadUnits),
    }),
    helper.display({
      id: 'supportUnits',
      header: m.supportUnits,
      cell: (c) => units(c.row.original.supportUnits),
    }),
    helper.display({
      id: 'targets',
      header: m.targets,
      cell: (c) => {
        const list = c.row.original.targets;
        if (list.length === 0) return <span className="luoshi-muted">{m.none}</span>;
        return (
          <ul className="luoshi-cell-list">
            {list.map(({ target, indicator }) => (
              <li key={target.id}>
                {indicator
                  ? `${luoshi.locale === 'en' ? (indicator.nameEn ?? indicator.name) : indicator.name} `
                  : ''}
                {format.target(target)}
              </li>
            ))}
          </ul>
        );
      },
    }),
    helper.accessor((r) => statusRank.get(r.status) ?? 99, {
      id: 'status',
      header: m.status,
      filterFn: (row, _id, value: TaskStatus) => row.original.status === value,
      cell: (c) => {
        const r = c.row.original;
        return <StatusBadge kind="task" status={r.status} suggested={r.statusSource === 'suggested'} />;
      },
    }),
    helper.accessor((r) => lineageRank[r.lineage.newerKind ?? r.lineage.olderKind ?? 'not-repeated'] ?? 9, {
      id: 'lineage',
      header: m.lineage,
      cell: (c) => lineageLabel(c.row.original, luoshi),
    }),
  ]);
}

function toSorting(sort: TaskSort | null): SortingState {
  return sort ? [{ id: sort.column, desc: sort.direction === 'desc' }] : [];
}

function fromSorting(state: SortingState): TaskSort | null {
  const first = state[0];
  return first ? { column: first.id as TaskSortColumn, direction: first.desc ? 'desc' : 'asc' } : null;
}

function toColumnFilters(filters: TaskFilters): ColumnFiltersState {
  const out: ColumnFiltersState = [];
  if (filters.unitId) out.push({ id: 'leadUnits', value: filters.unitId });
  if (filters.status) out.push({ id: 'status', value: filters.status });
  if (filters.year !== undefined) out.push({ id: 'year', value: filters.year });
  return out;
}

/** Controlled when `value` is given, else local state starting from `initial`. */
function useControllable<T>(
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
 * The tasks of a dataset in a sortable, filterable table: 序号, year, task, lead and support units,
 * the targets read from its text, its status (recorded, or suggested and marked so) and its lineage.
 * Filters by unit, status, category and year and a text search; sort by clicking (or Enter/Space on)
 * a column header. Rows are virtualised (TanStack Virtual), so 10 000 tasks scroll smoothly with a
 * few dozen rows in the DOM. Filters and sort are controlled or not, so a page can keep them in its URL.
 *
 * @example
 * <TaskTable dataset={dataset} filters={filters} onFiltersChange={setFilters} />
 */
export function TaskTable(props: TaskTableProps) {
  const luoshi = useLuoshi({
    ...(props.locale ? { locale: props.locale } : {}),
    ...(props.theme ? { theme: props.theme } : {}),
  });
  const { messages: m } = luoshi;
  const id = useId();
  const allRows = useMemo(
    () => (props.rows ? [...props.rows] : props.dataset ? taskRows(props.dataset) : []),
    [props.rows, props.dataset],
  );
  const choices = useMemo(() => filterChoices(allRows), [allRows]);
  const [filters, setFilters] = useControllable<TaskFilters>(
    props.filters,
    props.defaultFilters ?? {},
    props.onFiltersChange,
  );
  const [sort, setSort] = useControllable<TaskSort | null>(
    props.sort === undefined ? undefined : props.sort,
    props.defaultSort ?? null,
    props.onSortChange,
  );
  // Category is filtered before the table: it is shown inside the task cell, not as a column.
  const data = useMemo(
    () => (filters.category ? allRows.filter((r) => r.category === filters.category) : allRows),
    [allRows, filters.category],
  );
  const columns = useMemo(() => columnsFor(luoshi, props.onSelectTask), [luoshi, props.onSelectTask]);
  const sorting = useMemo(() => toSorting(sort), [sort]);
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const table = useTable({
    features,
    columns,
    data,
    state: { sorting, columnFilters, globalFilter: filters.query ?? '' },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSort(fromSorting(functionalUpdate(updater, sorting))),
    globalFilterFn: (row, _columnId, value: string) => matchesQuery(row.original, value),
    getColumnCanGlobalFilter: (column) => column.id === 'text',
    enableMultiSort: false,
    // Every column starts ascending (TanStack starts numbers descending), as a reader expects.
    sortDescFirst: false,
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  const virtualize = props.virtualize !== false;
  const height = props.height ?? 480;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    // Measured rows (long Chinese texts wrap); an element not laid out (jsdom, hidden) keeps the estimate.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index,
    // The first screen is known before layout (and on the server): no empty first paint.
    initialRect: { width: tableWidth, height },
    enabled: virtualize,
  });
  const items = virtualize ? virtualizer.getVirtualItems() : [];
  const shown = virtualize
    ? items.map((item) => ({ row: rows[item.index]!, index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const paddingTop = virtualize && items.length > 0 ? items[0]!.start : 0;
  const paddingBottom =
    virtualize && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const update = (patch: Partial<TaskFilters>) => {
    const next: TaskFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof TaskFilters)[]) {
      if (next[key] === undefined || next[key] === '') delete next[key];
    }
    setFilters(next);
  };
  const anyFilter = Object.keys(filters).length > 0;

  // Arrow keys move between rows' task buttons, scrolling rows into the DOM first when virtualised.
  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-row-select')) return;
    const index = Number(target.closest('tr')?.dataset.index);
    if (!Number.isFinite(index)) return;
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? rows.length - 1
              : undefined;
    if (next === undefined || next < 0 || next >= rows.length) return;
    event.preventDefault();
    const focus = () =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"] [data-row-select]`)?.focus();
    if (virtualize) {
      virtualizer.scrollToIndex(next, { align: 'auto' });
      requestAnimationFrame(() => requestAnimationFrame(focus));
    } else focus();
  };

  const headerGroup = table.getHeaderGroups()[0]!;
  return (
    <BlockRoot luoshi={luoshi} as="section" className="luoshi-task-table" aria-labelledby={`${id}-caption`}>
      <div className="luoshi-filters" role="search" aria-label={m.filters}>
        <div className="luoshi-field">
          <label htmlFor={`${id}-q`}>{m.search}</label>
          <input
            id={`${id}-q`}
            className="luoshi-input"
            type="search"
            value={filters.query ?? ''}
            placeholder={m.searchPlaceholder}
            onChange={(e) => update({ query: e.target.value })}
          />
        </div>
        <div className="luoshi-field">
          <label htmlFor={`${id}-unit`}>{m.unit}</label>
          <select
            id={`${id}-unit`}
            className="luoshi-select"
            value={filters.unitId ?? ''}
            onChange={(e) => update({ unitId: e.target.value })}
          >
            <option value="">{m.allUnits}</option>
            {choices.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="luoshi-field">
          <label htmlFor={`${id}-status`}>{m.status}</label>
          <select
            id={`${id}-status`}
            className="luoshi-select"
            value={filters.status ?? ''}
            onChange={(e) => update({ status: (e.target.value || undefined) as TaskStatus | undefined })}
          >
            <option value="">{m.allStatuses}</option>
            {taskStatusOrder.map((s) => (
              <option key={s} value={s}>
                {luoshi.statusLabels.task[s]}
              </option>
            ))}
          </select>
        </div>
        {choices.categories.length > 0 ? (
          <div className="luoshi-field">
            <label htmlFor={`${id}-category`}>{m.category}</label>
            <select
              id={`${id}-category`}
              className="luoshi-select"
              value={filters.category ?? ''}
              onChange={(e) => update({ category: e.target.value })}
            >
              <option value="">{m.allCategories}</option>
              {choices.categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="luoshi-field">
          <label htmlFor={`${id}-year`}>{m.year}</label>
          <select
            id={`${id}-year`}
            className="luoshi-select"
            value={filters.year === undefined ? '' : String(filters.year)}
            onChange={(e) => update({ year: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{m.allYears}</option>
            {choices.years.map((y) => (
              <option key={y} value={y}>
                {luoshi.format.period(String(y))}
              </option>
            ))}
          </select>
        </div>
        {anyFilter ? (
          <button type="button" className="luoshi-button" onClick={() => setFilters({})}>
            {m.clearFilters}
          </button>
        ) : null}
      </div>
      <p className="luoshi-muted luoshi-count" aria-live="polite" data-testid="luoshi-task-count">
        {m.rowsShown(rows.length, allRows.length)}
      </p>
      <div
        ref={scrollRef}
        className="luoshi-table-wrap"
        style={{ maxHeight: height }}
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-caption`}
        data-testid="luoshi-task-scroll"
      >
        <table
          className="luoshi-table luoshi-table-fixed"
          style={{ width: tableWidth, minWidth: '100%' }}
          aria-rowcount={rows.length + 1}
        >
          <caption id={`${id}-caption`}>{props.caption ?? m.taskTable}</caption>
          <colgroup>
            {headerGroup.headers.map((h) => (
              <col key={h.id} style={{ width: widths[h.column.id as keyof typeof widths] }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {headerGroup.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                const label = String(header.column.columnDef.header);
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
                          : header.column.getCanSort()
                            ? 'none'
                            : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="luoshi-sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={m.sortBy(label)}
                      >
                        {label}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody onKeyDown={onBodyKeyDown}>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="luoshi-spacer">
                <td
                  colSpan={headerGroup.headers.length}
                  style={{ height: paddingTop, padding: 0, border: 0 }}
                />
              </tr>
            ) : null}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={headerGroup.headers.length} className="luoshi-muted">
                  {allRows.length === 0 ? m.empty : m.noMatch}
                </td>
              </tr>
            ) : null}
            {shown.map(({ row, index }) => (
              <tr
                key={row.id}
                data-index={index}
                data-task-id={row.id}
                aria-rowindex={index + 2}
                ref={virtualize ? virtualizer.measureElement : undefined}
              >
                {row.getAllCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <td key={cell.id} className={numeric ? 'luoshi-num' : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="luoshi-spacer">
                <td
                  colSpan={headerGroup.headers.length}
                  style={{ height: paddingBottom, padding: 0, border: 0 }}
                />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </BlockRoot>
  );
}
