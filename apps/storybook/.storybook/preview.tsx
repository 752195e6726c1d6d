// Every story is wrapped in LuoshiProvider, whose locale and theme come from the toolbar; a story's
// own `locale`/`theme` args override them, as a component's props override the provider.
import type { Decorator, Preview } from '@storybook/react-vite';
import { registerSvgRenderer } from '@luoshi/charts';
import { LuoshiProvider } from '@luoshi/react';

// The `renderer` control offers `svg`, which mount() draws only once its renderer is registered.
registerSvgRenderer();

const withProvider: Decorator = (Story, context) => {
  const locale = context.globals['locale'] === 'en' ? 'en' : 'zh-CN';
  const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  return (
    <LuoshiProvider
      locale={locale}
      theme={theme}
      style={{ padding: 16, minHeight: '100vh', boxSizing: 'border-box' }}
    >
      <Story />
    </LuoshiProvider>
  );
};

const preview: Preview = {
  decorators: [withProvider],
  globalTypes: {
    locale: {
      description: 'Language of labels, figures and messages',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme, from the charts’ design tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // The story test runs axe itself (serious and critical impacts fail); the panel shows everything.
    a11y: { test: 'off' },
  },
};

export default preview;
