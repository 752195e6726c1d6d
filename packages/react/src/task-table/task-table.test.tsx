import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { guangzhouDataset } from '@luoshi/fixtures';
import type { Dataset } from '@luoshi/core';
import { LuoshiProvider } from '../provider/index.js';
import { TaskTable, type TaskSort } from './task-table.js';
import { taskRows, type TaskFilters, type TaskRow } from './task-table.rows.js';
import { manyTaskRows } from './task-table.fixtures.js';

const dataset = guangzhouDataset();

/** The task ids of the rows in the DOM, in order. */
function renderedIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('tr[data-task-id]')].map((tr) => tr.dataset.taskId!);
}

// jsdom re-renders hundreds of rows per keystroke on a shared 2-core machine: generous timeouts.
describe('TaskTable', { timeout: 60_000 }, () => {
  it('lists the Guangzhou tasks with units, targets, status and lineage, in zh-CN by default', () => {
    render(<TaskTable dataset={dataset} virtualize={false} />);
    expect(renderedIds()).toHaveLength(dataset.tasks.length);
    const row = document.querySelector<HTMLElement>('tr[data-task-id="haizhu-2024-task-division-t9"]')!;
    expect(row.textContent).toContain('启动新中轴19个旧厂征收');
    expect(row.textContent).toContain('19个');
    const t1 = document.querySelector<HTMLElement>('tr[data-task-id="haizhu-2024-task-division-t1"]')!;
    expect(t1.textContent).toContain('序时推进');
    expect(t1.textContent).toContain('（建议）');
    const t4 = document.querySelector<HTMLElement>('tr[data-task-id="haizhu-2025-task-division-t4"]')!;
    expect(t4.textContent).toContain('延续：上年第20项（相似度 0.36）');
    expect(screen.getByRole('columnheader', { name: /牵头单位/ })).toBeTruthy();
  });

  it('renders fewer than 100 DOM rows for 10 000 tasks when virtualised, and every row when not', () => {
    const rows = manyTaskRows(10_000);
    const { unmount } = render(<TaskTable rows={rows} height={600} />);
    const count = renderedIds().length;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(100);
    expect(screen.getByTestId('luoshi-task-count').textContent).toBe('共 10000 项，显示 10000 项');
    unmount();
    render(<TaskTable rows={rows.slice(0, 500)} virtualize={false} />);
    expect(renderedIds()).toHaveLength(500);
  });

  it('filters by unit (lead or support), status, year and text search', async () => {
    const user = userEvent.setup();
    const rows = taskRows(dataset);
    render(<TaskTable dataset={dataset} virtualize={false} />);
    const unit = rows.find((r) => r.id === 'haizhu-2024-task-division-t9')!.leadUnits[1]!;
    await user.selectOptions(screen.getByLabelText('单位'), unit.id);
    const expected = rows
      .filter((r) => [...r.leadUnits, ...r.supportUnits].some((u) => u.id === unit.id))
      .map((r) => r.id);
    expect(renderedIds()).toEqual(expected);

    await user.selectOptions(screen.getByLabelText('单位'), '');
    await user.selectOptions(screen.getByLabelText('年度'), '2025');
    expect(renderedIds().every((id) => id.startsWith('haizhu-2025'))).toBe(true);
    expect(renderedIds().length).toBe(rows.filter((r) => r.year === 2025).length);

    await user.selectOptions(screen.getByLabelText('年度'), '');
    await user.selectOptions(screen.getByLabelText('状态'), 'completed');
    expect(renderedIds()).toEqual(rows.filter((r) => r.status === 'completed').map((r) => r.id));
    expect(renderedIds().length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    // Pasted, not typed: each keystroke would re-render 200 rows in jsdom.
    await user.click(screen.getByLabelText('搜索'));
    await user.paste('新中轴 旧厂');
    const both = rows.filter((r) => r.text.includes('新中轴') && r.text.includes('旧厂')).map((r) => r.id);
    expect(both).toContain('haizhu-2024-task-division-t9');
    expect(renderedIds()).toEqual(both);

    await user.clear(screen.getByLabelText('搜索'));
    await user.paste('没有这样的任务');
    expect(renderedIds()).toEqual([]);
    expect(screen.getByText('没有符合条件的任务')).toBeTruthy();
  });

  it('filters by category when the tasks have categories', async () => {
    const user = userEvent.setup();
    const rows: TaskRow[] = taskRows(dataset)
      .slice(0, 6)
      .map((r, i) => ({ ...r, category: i % 2 ? '民生' : '产业' }));
    render(<TaskTable rows={rows} virtualize={false} />);
    await user.selectOptions(screen.getByLabelText('类别'), '民生');
    expect(renderedIds()).toEqual([rows[1]!.id, rows[3]!.id, rows[5]!.id]);
  });

  it('sorts by a column header, ascending then descending, and says so in aria-sort', async () => {
    const user = userEvent.setup();
    const rows = taskRows(dataset).slice(0, 30);
    render(<TaskTable rows={rows} virtualize={false} />);
    const header = screen.getByRole('columnheader', { name: /序号/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    const asc = [...rows].sort((a, b) => a.seq - b.seq || 0).map((r) => r.seq);
    expect(renderedIds().map((id) => rows.find((r) => r.id === id)!.seq)).toEqual(asc);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const seqs = renderedIds().map((id) => rows.find((r) => r.id === id)!.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('sorts by keyboard: Tab to a header, Enter', async () => {
    const user = userEvent.setup();
    const rows = taskRows(dataset).slice(0, 20);
    render(<TaskTable rows={rows} virtualize={false} />);
    const button = within(screen.getByRole('columnheader', { name: /状态/ })).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: /状态/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('moves between rows with the arrow keys and chooses a task with Enter', async () => {
    const user = userEvent.setup();
    const onSelectTask = vi.fn();
    const rows = taskRows(dataset).slice(0, 10);
    render(<TaskTable rows={rows} virtualize={false} onSelectTask={onSelectTask} />);
    const first = document.querySelector<HTMLElement>('tr[data-index="0"] [data-row-select]')!;
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('tr')?.dataset.index).toBe('1');
    await user.keyboard('{End}');
    expect(document.activeElement?.closest('tr')?.dataset.index).toBe('9');
    await user.keyboard('{Enter}');
    expect(onSelectTask).toHaveBeenCalledWith(rows[9]!.id);
  });

  it('is controlled: filters and sort come from props and changes go to the callbacks', async () => {
    const user = userEvent.setup();
    const seen: { filters: TaskFilters[]; sorts: (TaskSort | null)[] } = { filters: [], sorts: [] };
    function Harness() {
      const [filters, setFilters] = useState<TaskFilters>({ year: 2024 });
      const [sort, setSort] = useState<TaskSort | null>({ column: 'seq', direction: 'desc' });
      return (
        <TaskTable
          dataset={dataset}
          virtualize={false}
          filters={filters}
          onFiltersChange={(f) => (seen.filters.push(f), setFilters(f))}
          sort={sort}
          onSortChange={(s) => (seen.sorts.push(s), setSort(s))}
        />
      );
    }
    render(<Harness />);
    const ids = renderedIds();
    expect(ids.every((id) => id.startsWith('haizhu-2024'))).toBe(true);
    const seqs = ids.map((id) => dataset.tasks.find((t) => t.id === id)!.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    await user.selectOptions(screen.getByLabelText('状态'), 'on-track');
    expect(seen.filters.at(-1)).toEqual({ year: 2024, status: 'on-track' });
    await user.click(within(screen.getByRole('columnheader', { name: /年度/ })).getByRole('button'));
    expect(seen.sorts.at(-1)).toEqual({ column: 'year', direction: 'asc' });
  });

  it('does not change filters it does not own when controlled without a callback', async () => {
    const user = userEvent.setup();
    render(<TaskTable dataset={dataset} virtualize={false} filters={{ year: 2025 }} />);
    await user.selectOptions(screen.getByLabelText('年度'), '2024');
    expect(renderedIds().every((id) => id.startsWith('haizhu-2025'))).toBe(true);
  });

  it('escapes strings from the data', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const data: Dataset = {
      ...dataset,
      units: dataset.units.map((u, i) => (i === 0 ? { ...u, name: evil } : u)),
      tasks: dataset.tasks
        .slice(0, 3)
        .map((t) => ({ ...t, text: evil, leadUnitIds: [dataset.units[0]!.id] })),
    };
    const { container } = render(<TaskTable dataset={data} virtualize={false} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('tbody script')).toBeNull();
    expect(container.textContent).toContain(evil);
    expect(renderToString(<TaskTable dataset={data} />)).not.toContain('<img src=x');
  });

  it('speaks English under the provider, with every header and filter translated', () => {
    render(
      <LuoshiProvider locale="en">
        <TaskTable dataset={dataset} virtualize={false} />
      </LuoshiProvider>,
    );
    for (const name of ['No.', 'Year', 'Task', 'Lead units', 'Support units', 'Targets', 'Status', 'Lineage'])
      expect(
        screen.getByRole('columnheader', { name: new RegExp(`^${name.replace('.', '\\.')}`) }),
      ).toBeTruthy();
    expect(screen.getByLabelText('Search')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'All units' })).toBeTruthy();
    const t1 = document.querySelector<HTMLElement>('tr[data-task-id="haizhu-2024-task-division-t1"]')!;
    expect(t1.textContent).toContain('On track');
    expect(t1.textContent).toContain('(suggested)');
    // Unit names are data (Chinese); every label, header, first option and count is the component's.
    const chrome = [
      document.querySelector('thead')!,
      screen.getByTestId('luoshi-task-count'),
      ...document.querySelectorAll('label'),
      ...[...document.querySelectorAll('select')].map((s) => s.options[0]!),
    ];
    for (const part of chrome) expect(part.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows an explicit empty state', () => {
    render(<TaskTable rows={[]} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
  });

  it('renders its first screen of rows on the server, with no window', () => {
    const html = renderToString(<TaskTable rows={manyTaskRows(2000)} height={480} />);
    const count = html.match(/data-task-id=/g)?.length ?? 0;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(100);
  });
});
