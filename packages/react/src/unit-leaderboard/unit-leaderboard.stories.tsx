import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { guangzhouDataset } from '@luoshi/fixtures';
import {
  emptyDataset,
  withLongLabels,
  withMaliciousStrings,
  withManyUnits,
} from '../test-support/datasets.js';
import { phoneWidth } from '../test-support/story-frames.js';
import { UnitLeaderboard } from './unit-leaderboard.js';

const meta = {
  title: 'Blocks/UnitLeaderboard',
  component: UnitLeaderboard,
  tags: ['autodocs'],
  args: { dataset: guangzhouDataset(), onSortChange: fn(), onSelectUnit: fn() },
  argTypes: {
    dataset: { control: false },
    role: { control: 'inline-radio', options: ['lead', 'support', 'any'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    limit: { control: 'number' },
  },
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { UnitLeaderboard } from '@luoshi/react';

<UnitLeaderboard dataset={dataset} reportId="haizhu-2025-task-division" onSelectUnit={(id) => navigate(\`/units/\${id}\`)} />`,
      },
    },
  },
} satisfies Meta<typeof UnitLeaderboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Guangzhou's units; statuses are suggestions (no status is recorded in the documents). */
export const Guangzhou: Story = {};

/** 120 units with recorded statuses. */
export const ManyUnits: Story = { args: { dataset: withManyUnits(120) } };

/** English. */
export const English: Story = { args: { locale: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', dataset: withManyUnits(12) } };

/** No units. */
export const Empty: Story = { args: { dataset: emptyDataset() } };

/** Very long unit names wrap. */
export const LongChineseLabels: Story = { args: { dataset: withLongLabels(), limit: 8 } };

/** Markup in names shows as text. */
export const MaliciousStrings: Story = { args: { dataset: withMaliciousStrings(), limit: 8 } };

/** A phone's width: the table scrolls inside its frame. */
export const PhoneWidth: Story = { args: { limit: 10 }, decorators: [phoneWidth] };

/** Sorting by keyboard: focus 任务数, Enter, Enter → descending. */
export const SortsByKeyboard: Story = {
  args: { dataset: withManyUnits(30) },
  play: async ({ canvasElement, args }) => {
    const header = within(canvasElement)
      .getAllByRole('columnheader')
      .find((th) => th.textContent?.match(/任务数|Tasks/))!;
    within(header).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    await expect(header.getAttribute('aria-sort')).toBe('descending');
    await expect(args.onSortChange).toHaveBeenLastCalledWith({ column: 'total', direction: 'desc' });
  },
};
