export {
  LuoshiProvider,
  LuoshiScope,
  useLuoshi,
  type LuoshiContextValue,
  type LuoshiProviderProps,
  type LuoshiSettings,
} from './provider.js';
export {
  themeVariables,
  themeStylesheet,
  type ThemeVariables,
  type ThemeVariablesOptions,
} from './provider.theme.js';
export { createFormatters, type Formatters } from './provider.format.js';
export { defaultMessages, resolveMessages, type Messages } from './provider.messages.js';
export { blockStyles } from './provider.styles.js';
export { BlockRoot, type BlockRootProps } from './provider.block.js';
