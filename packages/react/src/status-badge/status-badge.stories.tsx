import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { evaluationStatusOrder, taskStatusOrder } from '@luoshi/charts';
import { LuoshiProvider } from '../provider/index.js';
import { phoneWidth } from '../test-support/story-frames.js';
import { StatusBadge } from './status-badge.js';

const meta = {
  title: 'Blocks/StatusBadge',
  component: StatusBadge,
  tags: ['autodocs'],
  args: { kind: 'task', status: 'on-track' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['task', 'evaluation'] },
    status: { control: 'select', options: [...taskStatusOrder, ...evaluationStatusOrder] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    suggested: { control: 'boolean' },
    decal: { control: 'boolean' },
  },
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { StatusBadge } from '@luoshi/react';

<StatusBadge kind="task" status="at-risk" suggested />`,
      },
    },
  },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; pick the status in the controls. */
export const Single: Story = {};

/** A machine's suggestion: dashed and labelled. */
export const Suggested: Story = { args: { suggested: true } };

function All({ highContrast = false }: { highContrast?: boolean }) {
  return (
    <LuoshiProvider wrapper={false} highContrast={highContrast}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {taskStatusOrder.map((s) => (
          <StatusBadge key={s} kind="task" status={s} />
        ))}
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
        {evaluationStatusOrder.map((s) => (
          <StatusBadge key={s} kind="evaluation" status={s} />
        ))}
      </div>
    </LuoshiProvider>
  );
}

/** Every task and evaluation status. */
export const AllStatuses: Story = {
  render: () => <All />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByTestId('luoshi-status-badge')).toHaveLength(
      taskStatusOrder.length + evaluationStatusOrder.length,
    );
  },
};

/** High contrast: full-contrast borders and each status's decal in the swatch. */
export const HighContrast: Story = { render: () => <All highContrast /> };

/** English labels. */
export const English: Story = { args: { locale: 'en', suggested: true } };

/** A phone's width: badges wrap, never overflow. */
export const PhoneWidth: Story = { render: () => <All />, decorators: [phoneWidth] };
