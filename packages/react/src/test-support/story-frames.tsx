// Frames stories share: a phone's width.
import type { Decorator } from '@storybook/react-vite';

/** Renders the story 360 CSS pixels wide, as on a phone. */
export const phoneWidth: Decorator = (Story) => (
  <div style={{ width: 360, maxWidth: '100%' }}>
    <Story />
  </div>
);
