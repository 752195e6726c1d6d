import type { Locale } from '@luoshi/core';
import type { UnitFormat } from '../../format/format.units.js';
import type { StatusVocabularyOverrides } from '../../status/status.vocabulary.js';
import type { CommonOptions, ThemeName } from '../../view/view.types.js';

/** What to show: with none of it, a view picks what a reader wants first. */
export interface SelectionOptions {
  /** The jurisdiction. Default: the one with the most targets in the chosen period. */
  jurisdictionId?: string;
  /** The period (`2025`, `2025-Q3`). Default: the latest period that has targets. */
  period?: string;
  /** The indicators, in this order. Default: every indicator with a target in the period. */
  indicatorIds?: string[];
  /** The report (task views). Default: the latest report that has tasks. */
  reportId?: string;
}

/** Options every view of this package takes beside its own. */
export interface SharedOptions extends CommonOptions {
  /** Animate drawing and updates. Default `true`; server rendering and golden tests pass `false`. */
  animation?: boolean;
  /** Labels, colours and decals of statuses, over the shipped vocabulary. Default: none. */
  statuses?: StatusVocabularyOverrides;
  /** How units are written, over the shipped unit formats. Default: none. */
  units?: Record<string, UnitFormat>;
  /** Draw a title above the chart. Default `true`. */
  showTitle?: boolean;
  /**
   * The width the chart is drawn at, in CSS pixels, which labels, the label column and the rows shown
   * are fitted to. Default: the size `renderToSVG` or `mount` draw at; `640` when built on its own.
   */
  width?: number;
  /** The height the chart is drawn at, in CSS pixels (see `width`). Default: as drawn; `400` on its own. */
  height?: number;
  /**
   * High-contrast mode: status bars and sectors carry their patterns (decals) as well as their colours,
   * for print and colour-vision deficiencies. Default `false`: flat fills (the accessible table always
   * names each status in words).
   */
  highContrast?: boolean;
}

/** Shared options with defaults filled in. */
export interface ResolvedShared {
  locale: Locale;
  theme: ThemeName;
  animation: boolean;
  statuses: StatusVocabularyOverrides | undefined;
  units: Record<string, UnitFormat> | undefined;
  showTitle: boolean;
  width: number;
  height: number;
  highContrast: boolean;
}

/** Fills in the shared defaults. */
export function resolveShared(options: SharedOptions | undefined): ResolvedShared {
  return {
    locale: options?.locale === 'en' ? 'en' : 'zh-CN',
    theme: options?.theme === 'dark' ? 'dark' : 'light',
    animation: options?.animation ?? true,
    statuses: options?.statuses,
    units: options?.units,
    showTitle: options?.showTitle ?? true,
    width: positive(options?.width, 640),
    height: positive(options?.height, 400),
    highContrast: options?.highContrast ?? false,
  };
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
