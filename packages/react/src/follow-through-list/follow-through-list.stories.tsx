import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { guangzhouDataset } from '@luoshi/fixtures';
import { emptyDataset, withLongLabels, withMaliciousStrings } from '../test-support/datasets.js';
import { phoneWidth } from '../test-support/story-frames.js';
import {
  FollowThroughList,
  type FollowThroughDecision,
  type FollowThroughListProps,
} from './follow-through-list.js';

const T1 = 'haizhu-2024-task-division-t1';

/** Keeps decisions in state, as the demo keeps them in IndexedDB. */
function Stateful(props: FollowThroughListProps) {
  const [decisions, setDecisions] = useState<Record<string, FollowThroughDecision>>(props.decisions ?? {});
  return (
    <FollowThroughList
      {...props}
      decisions={decisions}
      onDecide={(id, d) => {
        props.onDecide?.(id, d);
        setDecisions((s) => ({ ...s, [id]: d }));
      }}
    />
  );
}

const meta = {
  title: 'Blocks/FollowThroughList',
  component: FollowThroughList,
  tags: ['autodocs'],
  args: { dataset: guangzhouDataset(), onDecide: fn(), today: '2025-03-01' },
  argTypes: {
    dataset: { control: false },
    decisions: { control: false },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    year: { control: 'number' },
  },
  render: (args) => <Stateful {...args} />,
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { FollowThroughList } from '@luoshi/react';

<FollowThroughList dataset={dataset} year={2024} decisions={decisions} onDecide={(taskId, decision) => save(taskId, decision)} />`,
      },
    },
  },
} satisfies Meta<typeof FollowThroughList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Haizhu's 2024 tasks against the 2025 plan report's review of 2024. */
export const Guangzhou: Story = {};

/** Some decisions already stored. */
export const WithDecisions: Story = {
  args: {
    decisions: {
      [T1]: { status: 'completed', date: '2025-02-20', note: '区发改局书面确认' },
      'haizhu-2024-task-division-t2': { status: 'at-risk', date: '2025-02-21' },
    },
  },
};

/** English. */
export const English: Story = { args: { locale: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Nothing to follow. */
export const Empty: Story = { args: { dataset: emptyDataset() } };

/** Very long task texts and unit names. */
export const LongChineseLabels: Story = { args: { dataset: withLongLabels() } };

/** Markup in quotes, titles and names shows as text. */
export const MaliciousStrings: Story = {
  args: { dataset: withMaliciousStrings() },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('blockquote img')).toBeNull();
  },
};

/** A phone's width. */
export const PhoneWidth: Story = { decorators: [phoneWidth] };

/** Confirm the first suggestion, then change another by keyboard with a note. */
export const ConfirmAndChange: Story = {
  play: async ({ canvasElement, args }) => {
    const first = within(canvasElement.querySelector<HTMLElement>(`li[data-task-id="${T1}"]`)!);
    await userEvent.click(first.getAllByRole('button')[0]!);
    await expect(args.onDecide).toHaveBeenLastCalledWith(T1, { status: 'on-track', date: '2025-03-01' });
    await expect(first.getByTestId('luoshi-decision')).toBeTruthy();
    first.getAllByRole('button').at(-1)!.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(first.getByRole('combobox'), 'completed');
    await userEvent.type(first.getByRole('textbox'), 'ok');
    await userEvent.keyboard('{Tab}{Enter}');
    await expect(args.onDecide).toHaveBeenLastCalledWith(T1, {
      status: 'completed',
      date: '2025-03-01',
      note: 'ok',
    });
  },
};
