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
}

/** Shared options with defaults filled in. */
export interface ResolvedShared {
  locale: Locale;
  theme: ThemeName;
  animation: boolean;
  statuses: StatusVocabularyOverrides | undefined;
  units: Record<string, UnitFormat> | undefined;
  showTitle: boolean;
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
  };
}
