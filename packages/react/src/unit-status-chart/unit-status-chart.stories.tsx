import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import {
  empty,
  guangzhou,
  invalid,
  longLabels,
  malicious,
  manyUnits,
  mixedLanguage,
} from '../story-data/story-data.js';
import { UnitStatusChart } from './unit-status-chart.js';

const meta = {
  title: 'Charts/UnitStatusChart',
  component: UnitStatusChart,
  tags: ['autodocs'],
  args: { data: guangzhou, height: 400, onSelect: fn() },
  argTypes: {
    data: { control: false, description: 'The luoshi Dataset (anything else draws the error state).' },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    renderer: { control: 'inline-radio', options: ['canvas', 'svg'] },
    width: { control: 'text' },
    height: { control: 'number' },
  },
  parameters: {
    docs: {
      source: {
        language: 'tsx',
        code: `import { UnitStatusChart } from '@luoshi/react';

<UnitStatusChart data={dataset} height={400} onSelect={(selection) => console.log(selection.kind, selection.id)} />`,
      },
    },
  },
} satisfies Meta<typeof UnitStatusChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The real Guangzhou dataset, in the toolbar's language and theme. */
export const Guangzhou: Story = {};

/** English labels, whatever the toolbar says. */
export const English: Story = { args: { locale: 'en' } };

/** The dark theme, whatever the toolbar says. */
export const Dark: Story = { args: { theme: 'dark' } };

/** 120 responsible units (hypothetical tasks): the chart scrolls past 20. */
export const ManyUnits: Story = { args: { data: manyUnits, height: 520 } };

/** No targets, actuals or tasks: the chart says so instead of drawing a blank. */
export const Empty: Story = { args: { data: empty } };

/** Not a Dataset: the error state names what is wrong and where. */
export const InvalidData: Story = { args: { data: invalid } };

/** 40-character Chinese names. */
export const LongChineseLabels: Story = { args: { data: longLabels } };

/** Names mixing Chinese and English. */
export const MixedLanguage: Story = { args: { data: mixedLanguage } };

/** Every name is markup: it shows as text and never runs. */
export const MaliciousStrings: Story = { args: { data: malicious } };

/** A phone's width (360 px). */
export const PhoneWidth: Story = { args: { width: 360, height: 480 } };
