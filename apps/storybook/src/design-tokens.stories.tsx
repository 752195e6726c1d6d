import type { Meta, StoryObj } from '@storybook/react-vite';
import { DesignTokens } from './design-tokens.js';

const meta = {
  title: 'Foundations/Design tokens',
  component: DesignTokens,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DesignTokens>;

export default meta;

/** Colours, the status palette with decals and contrast ratios, type scale and spacing, in the toolbar's theme. */
export const Tokens: StoryObj<typeof meta> = {};
