import { resolveTheme, resolveStatusVocabulary, type StatusVocabulary, type ThemeName } from '@luoshi/charts';

/** Options for {@link themeVariables}. */
export interface ThemeVariablesOptions {
  /** Stronger borders and muted text at full contrast. Default `false`. */
  highContrast?: boolean;
  /** The status colours to publish. Default: the charts' shipped vocabulary. */
  statuses?: StatusVocabulary;
}

/** The CSS custom properties of one theme, keyed by their full name (`--luoshi-text`). */
export type ThemeVariables = Record<`--luoshi-${string}`, string>;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The CSS custom properties of a theme, generated from the charts' design tokens so that blocks and
 * charts share one palette: surfaces (`--luoshi-background`, `--luoshi-text`, `--luoshi-text-muted`,
 * `--luoshi-grid-line` …), hues (`--luoshi-hue-blue` …), status colours
 * (`--luoshi-task-completed`, `--luoshi-evaluation-met` …), type (`--luoshi-font-family`,
 * `--luoshi-font-size`) and the focus ring (`--luoshi-focus`).
 */
export function themeVariables(
  theme: ThemeName = 'light',
  options: ThemeVariablesOptions = {},
): ThemeVariables {
  const resolved = resolveTheme(theme);
  const statuses = options.statuses ?? resolveStatusVocabulary();
  const vars: ThemeVariables = {};
  for (const [name, value] of Object.entries(resolved.surfaces)) vars[`--luoshi-${kebab(name)}`] = value;
  for (const [name, value] of Object.entries(resolved.hues)) vars[`--luoshi-hue-${kebab(name)}`] = value;
  for (const [status, style] of Object.entries(statuses.task))
    vars[`--luoshi-task-${status}`] = style.color[resolved.name];
  for (const [status, style] of Object.entries(statuses.evaluation))
    vars[`--luoshi-evaluation-${status}`] = style.color[resolved.name];
  // A raised surface (cards, table headers): the lightest band behind a bullet, the same grey the charts use.
  vars['--luoshi-surface'] = resolved.surfaces.bandGood;
  vars['--luoshi-border'] = resolved.surfaces.gridLine;
  vars['--luoshi-focus'] = resolved.hues.blue;
  vars['--luoshi-font-family'] = resolved.typography.fontFamily;
  vars['--luoshi-font-size'] = `${resolved.typography.fontSize + 2}px`;
  vars['--luoshi-title-size'] = `${resolved.typography.titleSize + 2}px`;
  vars['--luoshi-border-width'] = '1px';
  if (options.highContrast) {
    // Muted text and hairlines fall below 7:1 against the background; high contrast drops them.
    vars['--luoshi-text-muted'] = resolved.surfaces.text;
    vars['--luoshi-border'] = resolved.surfaces.text;
    vars['--luoshi-border-width'] = '2px';
    vars['--luoshi-focus'] = resolved.surfaces.target;
  }
  return vars;
}

/** The theme's variables as a CSS rule for `selector` (for a page's own `<style>`, or a server-rendered page). */
export function themeStylesheet(
  selector: string,
  theme: ThemeName = 'light',
  options: ThemeVariablesOptions = {},
): string {
  const body = Object.entries(themeVariables(theme, options))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return `${selector}{${body}}`;
}
