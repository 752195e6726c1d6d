import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { guangzhouDataset } from '@luoshi/fixtures';
import { emptyDataset, withGdp2025, withLongLabels, withMaliciousStrings } from '../test-support/datasets.js';
import { phoneWidth } from '../test-support/story-frames.js';
import { ComparisonTable } from './comparison-table.js';

const meta = {
  title: 'Blocks/ComparisonTable',
  component: ComparisonTable,
  tags: ['autodocs'],
  args: { dataset: guangzhouDataset(), onSortChange: fn(), onSelectTarget: fn() },
  argTypes: {
    dataset: { control: false },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { ComparisonTable } from '@luoshi/react';

<ComparisonTable dataset={dataset} compare={{ jurisdictionId: 'haizhu', period: '2025' }} />`,
      },
    },
  },
} satisfies Meta<typeof ComparisonTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every Guangzhou target with its actual (most are pending: the year is not over). */
export const Guangzhou: Story = {};

/** Haizhu 2025 with a hypothetical GDP actual of 5.4% (target 5.5%: −0.1 pp). */
export const WithAnActual: Story = {
  args: { dataset: withGdp2025(5.4), compare: { jurisdictionId: 'haizhu', period: '2025' } },
};

/** English. */
export const English: Story = { args: { locale: 'en', dataset: withGdp2025(5.6) } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark', dataset: withGdp2025(5.6) } };

/** No targets. */
export const Empty: Story = { args: { dataset: emptyDataset() } };

/** Very long indicator names. */
export const LongChineseLabels: Story = { args: { dataset: withLongLabels() } };

/** Markup in names shows as text. */
export const MaliciousStrings: Story = { args: { dataset: withMaliciousStrings() } };

/** A phone's width. */
export const PhoneWidth: Story = { decorators: [phoneWidth] };

/** Sorting by gap: the hypothetical 6.2% actual (+0.7 pp) comes first descending. */
export const SortsByGap: Story = {
  args: { dataset: withGdp2025(6.2) },
  play: async ({ canvasElement }) => {
    const header = within(canvasElement)
      .getAllByRole('columnheader')
      .find((th) => th.textContent?.match(/差距|Gap/))!;
    await userEvent.click(within(header).getByRole('button'));
    await userEvent.click(within(header).getByRole('button'));
    await expect(header.getAttribute('aria-sort')).toBe('descending');
    await expect(canvasElement.querySelector<HTMLElement>('tr[data-row-id]')!.dataset.rowId).toBe(
      'haizhu-2025-plan-report/target/gdp/2025/growth',
    );
  },
};
