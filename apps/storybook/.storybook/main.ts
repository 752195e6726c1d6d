// Storybook 10 with React and Vite, set up by hand (the init wizard pins versions and downloads a
// browser). The app holds no stories of its own components: it globs the ones beside them in
// packages/react, and adds the design-tokens page.
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../../../packages/react/src/**/*.stories.tsx', '../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories run from the packages' TypeScript sources (the '@luoshi/source' condition), so no build
  // of @luoshi/react is needed and a stale dist is never shown.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ['@luoshi/source', ...defaultClientConditions] },
      build: { chunkSizeWarningLimit: 4096 },
    }),
};

export default config;
