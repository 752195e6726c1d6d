import { describe, expect, it } from 'vitest';
import { resolveTheme, themeOption } from './theme.js';
import { hues, surfaces } from './theme.tokens.js';

/** WCAG relative luminance contrast between two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

describe('themes from one set of tokens', () => {
  it('resolves every token for light and dark', () => {
    const light = resolveTheme('light');
    const dark = resolveTheme('dark');
    expect(Object.keys(light.hues)).toEqual(Object.keys(hues));
    expect(light.surfaces.background).toBe(surfaces.background.light);
    expect(dark.surfaces.background).toBe(surfaces.background.dark);
    expect(themeOption(dark).backgroundColor).toBe('#15171C');
    expect(resolveTheme().name).toBe('light');
  });

  it('keeps text readable on both backgrounds (WCAG AA, 4.5:1)', () => {
    for (const name of ['light', 'dark'] as const) {
      const theme = resolveTheme(name);
      expect(contrast(theme.surfaces.text, theme.surfaces.background)).toBeGreaterThan(4.5);
      expect(contrast(theme.surfaces.textMuted, theme.surfaces.background)).toBeGreaterThan(4.5);
    }
  });

  it('keeps status colours visible against each background (3:1 for graphics) in dark mode', () => {
    const dark = resolveTheme('dark');
    for (const key of ['blue', 'green', 'orange', 'vermillion', 'purple'] as const) {
      expect(contrast(dark.hues[key], dark.surfaces.background)).toBeGreaterThan(3);
    }
  });
});
