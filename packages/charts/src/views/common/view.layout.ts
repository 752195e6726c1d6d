import type { Locale } from '@luoshi/core';
import { truncateText } from '../../echarts/echarts.text.js';
import type { Theme } from '../../theme/theme.js';
import type { ResolvedShared } from './view.options.js';

/**
 * Layout rules shared by the row views (bullet, variance, status by unit, comparison, task overview).
 * They are computed from the size the chart is drawn at, so that nothing prints over anything at any
 * width from 320 to 1 600 px and for 1 to 120+ rows: a label column that shrinks on narrow charts,
 * names cut to it in a way that keeps two names apart, and only the rows that fit, with a note saying
 * how many were left out and where to see them all.
 */

/** The font every label is measured in (the theme's size; the family does not change the estimate). */
export function labelFont(size: number): string {
  return `${size}px sans-serif`;
}

/** The label column: a share of the width, never wider than asked, never so narrow a name is a letter. */
export function labelColumn(width: number, requested: number): number {
  return Math.round(Math.max(56, Math.min(requested, width * 0.3)));
}

/**
 * Names cut to a width with an ellipsis, and kept distinct: when two names cut to the same text (two
 * long names that share their first words), both keep their endings instead (`Fixed-asset…(2)`).
 */
export function distinctLabels(names: readonly string[], width: number, fontSize: number): string[] {
  const font = labelFont(fontSize);
  const cut = names.map((name) => truncateText(name, width, font, '…'));
  const seen = new Map<string, number>();
  for (const text of cut) seen.set(text, (seen.get(text) ?? 0) + 1);
  return cut.map((text, i) => {
    if ((seen.get(text) ?? 0) < 2) return text;
    const name = names[i]!;
    // Keep the tail that tells the names apart: a third of the room, at least the last few characters.
    const chars = [...name];
    let tail = '';
    for (let k = chars.length - 1; k >= 0; k -= 1) {
      const next = chars[k]! + tail;
      if (truncateText(next, width / 3, font, '') !== next && tail.length >= 3) break;
      tail = next;
    }
    const head = truncateText(
      chars.slice(0, chars.length - [...tail].length).join(''),
      (width * 2) / 3,
      font,
      '',
    );
    return `${head}…${tail}`;
  });
}

/** How many rows of `rowHeight` fit into `space` pixels (at least one). */
export function rowsThatFit(space: number, rowHeight: number, total: number): number {
  return Math.max(1, Math.min(total, Math.floor(space / rowHeight)));
}

/** The note under a chart whose rows were cut: how many are shown, of how many, and where the rest are. */
export function cutNoteText(shown: number, total: number, locale: Locale): string {
  return locale === 'en'
    ? `Showing ${shown} of ${total} rows · the data table lists all`
    : `显示前 ${shown} 项，共 ${total} 项 · 完整数据见数据表`;
}

/** The note as an ECharts graphic text at the bottom left of the chart. */
export function cutNote(shown: number, total: number, shared: ResolvedShared, theme: Theme): object {
  return {
    type: 'text',
    left: 8,
    bottom: 4,
    silent: true,
    style: {
      text: truncateText(
        cutNoteText(shown, total, shared.locale),
        shared.width - 16,
        labelFont(theme.typography.fontSize),
        '…',
      ),
      fill: theme.surfaces.textMuted,
      font: `${theme.typography.fontSize}px ${theme.typography.fontFamily}`,
    },
  };
}

/** A title cut to the chart's width, so that a long one never runs off a phone's screen. */
export function fittedTitle(title: string, shared: ResolvedShared, theme: Theme): string {
  return truncateText(title, shared.width - 16, `bold ${labelFont(theme.typography.titleSize)}`, '…');
}
