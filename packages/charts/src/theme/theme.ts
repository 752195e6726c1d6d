import type { ThemeName } from '../view/view.types.js';
import { hues, surfaces, typography, type ThemedColor } from './theme.tokens.js';

/** The resolved colours of one theme: every token picked for `light` or `dark`. */
export interface Theme {
  name: ThemeName;
  hues: { [K in keyof typeof hues]: string };
  surfaces: { [K in keyof typeof surfaces]: string };
  typography: typeof typography;
}

function pickAll<T extends Record<string, ThemedColor>>(
  tokens: T,
  name: ThemeName,
): { [K in keyof T]: string } {
  const out = {} as { [K in keyof T]: string };
  for (const key of Object.keys(tokens) as (keyof T)[]) out[key] = tokens[key]![name];
  return out;
}

/** Resolves the design tokens for a theme (`light` unless `dark` is asked for). */
export function resolveTheme(name: ThemeName = 'light'): Theme {
  const theme: ThemeName = name === 'dark' ? 'dark' : 'light';
  return { name: theme, hues: pickAll(hues, theme), surfaces: pickAll(surfaces, theme), typography };
}

/**
 * The theme-wide parts of an ECharts option (background, text, axes), baked into each option so that
 * a chart looks the same mounted, rendered on a server or hydrated, with no registered ECharts theme.
 */
export function themeOption(theme: Theme) {
  return {
    backgroundColor: theme.surfaces.background,
    textStyle: {
      color: theme.surfaces.text,
      fontFamily: theme.typography.fontFamily,
      fontSize: theme.typography.fontSize,
    },
  };
}

/** Axis styling for the theme. */
export function axisStyle(theme: Theme) {
  return {
    axisLine: { lineStyle: { color: theme.surfaces.axisLine } },
    axisTick: { lineStyle: { color: theme.surfaces.axisLine } },
    axisLabel: { color: theme.surfaces.textMuted },
    splitLine: { lineStyle: { color: theme.surfaces.gridLine } },
    nameTextStyle: { color: theme.surfaces.textMuted },
  };
}
