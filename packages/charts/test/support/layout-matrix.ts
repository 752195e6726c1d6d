// The matrix of renders the layout test measures: every view × locale × theme × width × data state.
import type { Locale } from '@luoshi/core';
import { renderToSVG } from '../../src/ssr/index.js';
import type { ThemeName, View } from '../../src/view/view.types.js';
import {
  bullet,
  gauge,
  jurisdictionComparison,
  statusByUnit,
  taskOverview,
  trend,
  variance,
} from '../../src/views/index.js';
import { LAYOUT_STATES, layoutDataset, type LayoutState } from './layout-datasets.js';

/** Every view the package exports. */
export const LAYOUT_VIEWS: readonly View[] = [
  bullet,
  gauge,
  trend,
  variance,
  statusByUnit,
  jurisdictionComparison,
  taskOverview,
] as View[];

export const LAYOUT_LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const LAYOUT_THEMES: readonly ThemeName[] = ['light', 'dark'];
/** Widths with the height a page would give a chart there: a phone's tall card, a card, a wide panel. */
export const LAYOUT_SIZES = [
  { width: 360, height: 640 },
  { width: 640, height: 400 },
  { width: 1280, height: 560 },
] as const;

/** One render of the matrix. */
export interface LayoutCase {
  key: string;
  view: View;
  state: LayoutState;
  locale: Locale;
  theme: ThemeName;
  width: number;
  height: number;
}

/** Every case, states outermost so that each dataset is generated once. */
export function layoutCases(): LayoutCase[] {
  const cases: LayoutCase[] = [];
  for (const state of LAYOUT_STATES)
    for (const view of LAYOUT_VIEWS)
      for (const locale of LAYOUT_LOCALES)
        for (const theme of LAYOUT_THEMES)
          for (const { width, height } of LAYOUT_SIZES)
            cases.push({
              key: `${view.name}/${state}/${locale}/${theme}/${width}`,
              view,
              state,
              locale,
              theme,
              width,
              height,
            });
  return cases;
}

const datasets = new Map<LayoutState, unknown>();

/** The SVG of a case, animation off, as a server would send it. */
export function renderCase(
  c: Pick<LayoutCase, 'view' | 'state' | 'locale' | 'theme' | 'width' | 'height'>,
): string {
  if (!datasets.has(c.state)) datasets.set(c.state, layoutDataset(c.state));
  return renderToSVG(c.view, datasets.get(c.state), {
    locale: c.locale,
    theme: c.theme,
    width: c.width,
    height: c.height,
    animation: false,
  } as never);
}
