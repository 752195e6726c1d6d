'use client';
import type { EvaluationStatus, Locale, TaskStatus } from '@luoshi/core';
import {
  resolveStatusVocabulary,
  statusLabel,
  type StatusVocabulary,
  type StatusVocabularyOverrides,
  type ThemeName,
} from '@luoshi/charts';
import { createContext, useContext, useMemo, type CSSProperties, type ReactNode } from 'react';
import { createFormatters, type Formatters } from './provider.format.js';
import { resolveMessages, type Messages } from './provider.messages.js';
import { blockStyles } from './provider.styles.js';
import { themeVariables, type ThemeVariables } from './provider.theme.js';

/** What every component reads from {@link LuoshiProvider} (or its defaults, without one). */
export interface LuoshiContextValue {
  /** Default `zh-CN`. */
  locale: Locale;
  /** Default `light`. */
  theme: ThemeName;
  /** Full-contrast text and borders, decals on status swatches. Default `false`. */
  highContrast: boolean;
  /** The status vocabulary (labels, colours, decals) with the provider's overrides. */
  statuses: StatusVocabulary;
  /** Each status's label in the locale. */
  statusLabels: { task: Record<TaskStatus, string>; evaluation: Record<EvaluationStatus, string> };
  /** Number formats in the locale, at the source's precision. */
  format: Formatters;
  /** Every block string in the locale. */
  messages: Messages;
  /** The theme's CSS custom properties (set on the provider's element). */
  variables: ThemeVariables;
  /** `true` under a {@link LuoshiProvider}; blocks outside one carry the variables and styles themselves. */
  inProvider: boolean;
}

/** The settings {@link LuoshiProvider} takes and components may override one by one. */
export interface LuoshiSettings {
  /** Label language. Default `zh-CN`. */
  locale?: Locale;
  /** Default `light`. */
  theme?: ThemeName;
  /** Default `false`. */
  highContrast?: boolean;
  /** Overrides of the status vocabulary (any label, colour or decal). Default: none. */
  statusVocabulary?: StatusVocabularyOverrides;
  /** Overrides of block strings in the chosen locale. Default: none. */
  messages?: Partial<Messages>;
}

function labelsOf<K extends string>(
  styles: Record<K, { label: { zh: string; en: string } }>,
  locale: Locale,
) {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(styles) as K[]) out[key] = statusLabel(styles[key] as never, locale);
  return out;
}

function buildValue(settings: LuoshiSettings, inProvider: boolean): LuoshiContextValue {
  const locale: Locale = settings.locale === 'en' ? 'en' : 'zh-CN';
  const theme: ThemeName = settings.theme === 'dark' ? 'dark' : 'light';
  const highContrast = settings.highContrast ?? false;
  const statuses = resolveStatusVocabulary(settings.statusVocabulary);
  return {
    locale,
    theme,
    highContrast,
    statuses,
    statusLabels: {
      task: labelsOf(statuses.task, locale),
      evaluation: labelsOf(statuses.evaluation, locale),
    },
    format: createFormatters(locale),
    messages: resolveMessages(locale, settings.messages),
    variables: themeVariables(theme, { highContrast, statuses }),
    inProvider,
  };
}

const defaultValue = buildValue({}, false);
const LuoshiContext = createContext<LuoshiContextValue>(defaultValue);

/** Props of {@link LuoshiProvider}. */
export interface LuoshiProviderProps extends LuoshiSettings {
  children?: ReactNode;
  /**
   * Render a `<div>` holding the theme's CSS variables, `lang`, the text colour, background and the
   * blocks' stylesheet. With `false`, nothing is rendered around `children`: put
   * `themeStylesheet(…)` and `blockStyles` in the page yourself. Default `true`.
   */
  wrapper?: boolean;
  /** Class name of the wrapper element. */
  className?: string;
  /** Extra style of the wrapper element (merged after the theme's variables). */
  style?: CSSProperties;
}

/**
 * Locale (zh-CN by default, en), theme (light by default, dark) and status vocabulary for every
 * luoshi component below it. Components work without it, in zh-CN and light.
 *
 * @example
 * <LuoshiProvider locale="en" theme="dark"><TaskTable dataset={dataset} /></LuoshiProvider>
 */
export function LuoshiProvider({
  children,
  wrapper = true,
  className,
  style,
  locale,
  theme,
  highContrast,
  statusVocabulary,
  messages,
}: LuoshiProviderProps) {
  const value = useMemo(
    () => buildValue({ locale, theme, highContrast, statusVocabulary, messages }, true),
    [locale, theme, highContrast, statusVocabulary, messages],
  );
  const parent = useContext(LuoshiContext);
  const content = <LuoshiContext.Provider value={value}>{children}</LuoshiContext.Provider>;
  if (!wrapper) return content;
  return (
    <div
      className={className ? `luoshi-root ${className}` : 'luoshi-root'}
      lang={value.locale}
      data-luoshi-theme={value.theme}
      style={{ ...(value.variables as CSSProperties), colorScheme: value.theme, ...style }}
    >
      {/* One stylesheet per tree: a nested provider reuses its parent's. */}
      {parent.inProvider ? null : <style>{blockStyles}</style>}
      {content}
    </div>
  );
}

/**
 * Internal: gives a block's children the block's resolved settings as if under a provider, so nested
 * pieces (a badge in a table row) neither repeat the variables and stylesheet nor lose an override.
 */
export function LuoshiScope({ value, children }: { value: LuoshiContextValue; children?: ReactNode }) {
  const scoped = useMemo(() => (value.inProvider ? value : { ...value, inProvider: true }), [value]);
  return <LuoshiContext.Provider value={scoped}>{children}</LuoshiContext.Provider>;
}

/**
 * The provider's settings, with a component's own `locale`/`theme`/`highContrast` props taking
 * precedence when given. Works without a provider (zh-CN, light).
 */
export function useLuoshi(
  overrides: Pick<LuoshiSettings, 'locale' | 'theme' | 'highContrast'> = {},
): LuoshiContextValue {
  const context = useContext(LuoshiContext);
  const { locale, theme, highContrast } = overrides;
  return useMemo(() => {
    const same =
      (locale === undefined || locale === context.locale) &&
      (theme === undefined || theme === context.theme) &&
      (highContrast === undefined || highContrast === context.highContrast);
    if (same) return context;
    const statuses = context.statuses;
    const next = buildValue(
      {
        locale: locale ?? context.locale,
        theme: theme ?? context.theme,
        highContrast: highContrast ?? context.highContrast,
      },
      context.inProvider,
    );
    // Keep the provider's vocabulary; only the labels follow the new locale.
    return {
      ...next,
      statuses,
      statusLabels: {
        task: labelsOf(statuses.task, next.locale),
        evaluation: labelsOf(statuses.evaluation, next.locale),
      },
      variables: themeVariables(next.theme, { highContrast: next.highContrast, statuses }),
      // A component that overrides the theme must carry its own variables.
      inProvider:
        context.inProvider && next.theme === context.theme && next.highContrast === context.highContrast,
    };
  }, [context, locale, theme, highContrast]);
}
