/**
 * The one set of design tokens both themes are made from. Hues come from the Okabe–Ito palette, which
 * stays distinguishable under the common colour-vision deficiencies; each hue has a light-theme value
 * and a dark-theme value tuned for contrast against that theme's background.
 */

/** A colour for each theme. */
export interface ThemedColor {
  light: string;
  dark: string;
}

/** Named hues of the status palette (Okabe–Ito, with dark-theme variants lightened for contrast). */
export const hues = {
  blue: { light: '#0072B2', dark: '#4FA8E0' },
  skyBlue: { light: '#56B4E9', dark: '#7CC7F0' },
  green: { light: '#009E73', dark: '#2EC497' },
  orange: { light: '#E69F00', dark: '#F2B53A' },
  vermillion: { light: '#D55E00', dark: '#F07A2A' },
  purple: { light: '#CC79A7', dark: '#DE9CC2' },
  yellow: { light: '#F0E442', dark: '#F5EC73' },
  grey: { light: '#8C8C8C', dark: '#A6A6A6' },
  lightGrey: { light: '#BDBDBD', dark: '#6E6E6E' },
} as const satisfies Record<string, ThemedColor>;

/** Surface, text and structure colours. */
export const surfaces = {
  background: { light: '#FFFFFF', dark: '#15171C' },
  text: { light: '#1F2329', dark: '#E6E8EB' },
  textMuted: { light: '#5C6370', dark: '#A0A7B4' },
  axisLine: { light: '#8A919C', dark: '#6B7280' },
  gridLine: { light: '#E5E7EB', dark: '#2A2E36' },
  /** The actual bar of a bullet: dark on light, light on dark, so it reads above every band. */
  actual: { light: '#2B2F36', dark: '#E6E8EB' },
  /** The target marker. */
  target: { light: '#000000', dark: '#FFFFFF' },
  /** Qualitative bands behind a bullet, from the poor zone to the good zone. */
  bandPoor: { light: '#D9DCE1', dark: '#2F343D' },
  bandNear: { light: '#E8EAED', dark: '#262A32' },
  bandGood: { light: '#F3F4F6', dark: '#1E2128' },
  /** Decal strokes drawn over a status colour. */
  decal: { light: 'rgba(0,0,0,0.35)', dark: 'rgba(255,255,255,0.45)' },
  /** The share of the year elapsed (时间进度). */
  elapsed: { light: '#5C6370', dark: '#A0A7B4' },
} as const satisfies Record<string, ThemedColor>;

/** Type and spacing, shared by both themes. */
export const typography = {
  // Single quotes inside: ECharts' SVG writer puts the family in a double-quoted `style` attribute
  // without escaping it, and a `"` there ends the attribute and leaves the SVG ill-formed XML.
  fontFamily: "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  fontSize: 12,
  titleSize: 14,
  /** The width, in pixels, an axis category label is cut to before the full name goes to the tooltip. */
  labelWidth: 120,
} as const;
