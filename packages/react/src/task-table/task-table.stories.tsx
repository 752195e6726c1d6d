import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { guangzhouDataset } from '@luoshi/fixtures';
import {
  emptyDataset,
  withLongLabels,
  withMaliciousStrings,
  withManyUnits,
} from '../test-support/datasets.js';
import { phoneWidth } from '../test-support/story-frames.js';
import { TaskTable } from './task-table.js';
import { manyTaskRows } from './task-table.fixtures.js';

const guangzhou = guangzhouDataset();

const meta = {
  title: 'Blocks/TaskTable',
  component: TaskTable,
  tags: ['autodocs'],
  args: { dataset: guangzhou, height: 480, onFiltersChange: fn(), onSortChange: fn(), onSelectTask: fn() },
  argTypes: {
    dataset: { control: false },
    rows: { control: false },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    virtualize: { control: 'boolean' },
    height: { control: 'number' },
  },
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { TaskTable } from '@luoshi/react';

<TaskTable dataset={dataset} defaultFilters={{ year: 2025 }} onSelectTask={(id) => navigate(\`/tasks/\${id}\`)} />`,
      },
    },
  },
} satisfies Meta<typeof TaskTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('tr[data-task-id]')].map((tr) => tr.dataset.taskId!);

/** Guangzhou's 200 tasks (Haizhu 2024 and 2025), suggested statuses marked as such. */
export const Guangzhou: Story = {};

/** English labels, whatever the toolbar says. */
export const English: Story = { args: { locale: 'en' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** No tasks: the table says so. */
export const Empty: Story = { args: { dataset: emptyDataset() } };

/** Very long Chinese unit names and task texts wrap inside fixed columns. */
export const LongChineseLabels: Story = { args: { dataset: withLongLabels() } };

/** Tasks spread over 120 units, half with a recorded status. */
export const ManyUnits: Story = { args: { dataset: withManyUnits(120) } };

/** Every name and text is markup: it shows as text and never runs. */
export const MaliciousStrings: Story = {
  args: { dataset: withMaliciousStrings() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('tbody img')).toBeNull();
    await expect(canvasElement.textContent).toContain('<img src=x');
  },
};

/** A phone's width: the table scrolls sideways inside its frame, filters wrap. */
export const PhoneWidth: Story = { decorators: [phoneWidth] };

/** 10 000 tasks: fewer than 100 rows are in the DOM, scrolling brings in the rest. */
export const TenThousandTasks: Story = {
  args: { dataset: undefined, rows: manyTaskRows(10_000) },
  play: async ({ canvasElement }) => {
    const ids = rowIds(canvasElement);
    await expect(ids.length).toBeGreaterThan(5);
    await expect(ids.length).toBeLessThan(100);
    const scroller = within(canvasElement).getByTestId('luoshi-task-scroll');
    scroller.scrollTop = scroller.scrollHeight / 2;
    await waitFor(() => expect(rowIds(canvasElement)).not.toContain('synthetic-1'), { timeout: 10_000 });
    await expect(rowIds(canvasElement).length).toBeLessThan(100);
  },
};

/** Sorting: click 序号 (ascending), again (descending). */
export const SortsByColumn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const header = canvas.getAllByRole('columnheader')[0]!;
    await userEvent.click(within(header).getByRole('button'));
    await userEvent.click(within(header).getByRole('button'));
    await expect(header.getAttribute('aria-sort')).toBe('descending');
    await expect(args.onSortChange).toHaveBeenLastCalledWith({ column: 'seq', direction: 'desc' });
    const first = canvasElement.querySelector<HTMLElement>('tr[data-task-id] td')!;
    await expect(Number(first.textContent)).toBe(Math.max(...guangzhou.tasks.map((t) => t.seq)));
  },
};

/** Filtering: a year, then a search; every row shown matches both. */
export const FiltersAndSearch: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const [yearSelect] = canvas.getAllByRole('combobox').slice(-1);
    await userEvent.selectOptions(yearSelect!, '2025');
    const search = canvas.getByRole('searchbox');
    await userEvent.type(search, '琶洲');
    await waitFor(() => expect(rowIds(canvasElement).length).toBeGreaterThan(0));
    for (const id of rowIds(canvasElement)) {
      await expect(id.startsWith('haizhu-2025')).toBe(true);
      await expect(canvasElement.querySelector(`tr[data-task-id="${id}"]`)!.textContent).toContain('琶洲');
    }
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({ year: 2025, query: '琶洲' });
  },
};

/** Keyboard only: Tab to the status header, Enter sorts; Tab into the rows, arrows move, Enter chooses. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const statusHeader = canvas
      .getAllByRole('columnheader')
      .find((th) => th.textContent?.match(/状态|Status/))!;
    within(statusHeader).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await expect(statusHeader.getAttribute('aria-sort')).toBe('ascending');
    const firstTask = canvasElement.querySelector<HTMLElement>('tr[data-index="0"] [data-row-select]')!;
    firstTask.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.closest('tr')?.getAttribute('data-index')).toBe('1'));
    await userEvent.keyboard('{Enter}');
    const chosen = document.activeElement!.closest('tr')!.getAttribute('data-task-id');
    await expect(args.onSelectTask).toHaveBeenCalledWith(chosen);
  },
};
