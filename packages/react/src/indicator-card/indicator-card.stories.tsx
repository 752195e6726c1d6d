import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { guangzhouDataset } from '@luoshi/fixtures';
import { withGdp2025, withLongLabels, withMaliciousStrings } from '../test-support/datasets.js';
import { phoneWidth } from '../test-support/story-frames.js';
import type { Dataset } from '@luoshi/core';
import type { ComponentType } from 'react';
import { IndicatorCard, type IndicatorCardProps } from './indicator-card.js';

/** The card's props with a dataset source, the form the controls edit (the props are a union). */
type CardArgs = Extract<IndicatorCardProps, { targetId: string }> & { dataset: Dataset };
const Card = IndicatorCard as ComponentType<CardArgs>;

const GDP = 'haizhu-2025-plan-report/target/gdp/2025/growth';

const meta = {
  title: 'Blocks/IndicatorCard',
  component: Card,
  tags: ['autodocs'],
  args: { dataset: guangzhouDataset(), targetId: GDP },
  argTypes: {
    dataset: { control: false },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    sparkline: { control: 'boolean' },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 360 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { IndicatorCard } from '@luoshi/react';

<IndicatorCard dataset={dataset} targetId="haizhu-2025-plan-report/target/gdp/2025/growth" />`,
      },
    },
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Real Guangzhou data: Haizhu's 2025 GDP target, no actual yet (pending), 2024's actual shown. */
export const Pending: Story = {};

/** Met, with a hypothetical 2025 actual of 5.5%: +0.1 pp on 2024. */
export const Met: Story = {
  args: { dataset: withGdp2025(5.5) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('luoshi-card-change').textContent).toMatch(/0\.1/);
  },
};

/** Exceeded (hypothetical 6.2%). */
export const Exceeded: Story = { args: { dataset: withGdp2025(6.2) } };

/** Near (hypothetical 5.4%). */
export const Near: Story = { args: { dataset: withGdp2025(5.4) } };

/** Missed (hypothetical 4.1%). */
export const Missed: Story = { args: { dataset: withGdp2025(4.1) } };

/** English. */
export const English: Story = { args: { dataset: withGdp2025(5.5), locale: 'en' } };

/** Dark theme. */
export const Dark: Story = { args: { dataset: withGdp2025(5.5), theme: 'dark' } };

/** A level target in 亿元 (固定资产投资 700亿元), pending. */
export const LevelTarget: Story = {
  args: { targetId: 'haizhu-2025-plan-report/target/fixed-asset-investment/2025/level' },
};

/** A target the dataset lacks: the card says so. */
export const Empty: Story = { args: { targetId: 'no-such-target' } };

/** A very long Chinese indicator name wraps. */
export const LongChineseLabels: Story = { args: { dataset: withLongLabels(withGdp2025(5.5)) } };

/** Markup in names shows as text. */
export const MaliciousStrings: Story = {
  args: { dataset: withMaliciousStrings(withGdp2025(5.5)) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.luoshi-card img')).toBeNull();
  },
};

/** A phone's width. */
export const PhoneWidth: Story = { args: { dataset: withGdp2025(5.5) }, decorators: [phoneWidth] };
