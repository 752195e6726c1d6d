import type { EChartsOption } from 'echarts';
import type { Dataset, DatasetCollection, Locale } from '@luoshi/core';
import { formatPath, readDatasetShape } from '@luoshi/core';
import { resolveTheme, themeOption } from '../../theme/theme.js';
import type { TableBuilder } from '../../a11y/a11y.table.js';
import type { ViewModel } from '../../view/view.types.js';
import type { ElementBook } from './view.define.js';
import { labels, t } from './view.labels.js';
import type { ResolvedShared } from './view.options.js';

/** The parts every option shares: theme colours, aria with the description, animation and title. */
export function baseOption(shared: ResolvedShared, description: string, title?: string): EChartsOption {
  const theme = resolveTheme(shared.theme);
  return {
    ...themeOption(theme),
    animation: shared.animation,
    aria: { enabled: true, label: { enabled: true, description } },
    ...(shared.showTitle && title
      ? {
          title: {
            text: title,
            left: 'center',
            top: 4,
            textStyle: {
              color: theme.surfaces.text,
              fontSize: theme.typography.titleSize,
              fontWeight: 'bold',
            },
          },
        }
      : {}),
    tooltip: { show: true, trigger: 'item', confine: true },
  };
}

/**
 * An explicit empty or error state: the message drawn in the middle of the chart (never a blank canvas),
 * read out by the aria description, with an empty table captioned by the same message.
 */
export function stateModel(state: 'empty' | 'error', message: string, shared: ResolvedShared): ViewModel {
  const theme = resolveTheme(shared.theme);
  const option: EChartsOption = {
    ...themeOption(theme),
    animation: shared.animation,
    aria: { enabled: true, label: { enabled: true, description: message } },
    title: {
      text: message,
      left: 'center',
      top: 'middle',
      textStyle: {
        color: state === 'error' ? theme.hues.vermillion : theme.surfaces.textMuted,
        fontSize: theme.typography.titleSize,
        fontWeight: 'normal',
        width: 480,
        overflow: 'break',
      },
    },
    series: [],
  };
  return {
    state,
    message,
    option,
    description: message,
    table: { caption: message, columns: [], rows: [] },
    tooltips: {},
    selections: {},
  };
}

/**
 * Reads the input as a Dataset, or an error message listing the first problems. Uses core's zod-free
 * shape check so that a page showing charts does not carry a validator (`parseDataset` validates in
 * full where size does not matter: the CLI, a server, a build). With `reads`, the lists of the other
 * collections are left out before the check (a collection that is there but is not a list is still
 * reported), so only what the view reads is checked and copied.
 */
export function readDataset(
  data: unknown,
  locale: Locale,
  reads?: readonly DatasetCollection[],
): { ok: true; dataset: Dataset } | { ok: false; message: string } {
  const parsed = readDatasetShape(data, reads === undefined ? {} : { collections: reads });
  if (parsed.ok) return { ok: true, dataset: parsed.dataset };
  const shown = parsed.problems
    .slice(0, 3)
    .map((p) => `${formatPath(p.path) || '$'}: ${t(p.message, locale)}`)
    .join(locale === 'en' ? '; ' : '；');
  const n = parsed.problems.length;
  return {
    ok: false,
    message:
      locale === 'en'
        ? `${labels.invalid.en} (${n} problem${n === 1 ? '' : 's'}): ${shown}`
        : `${labels.invalid.zh}（${n}个问题）：${shown}`,
  };
}

/** The model of a drawn chart: its option, description, accessible table and what each element says and stands for. */
export function readyModel(
  option: EChartsOption,
  description: string,
  table: TableBuilder,
  book: ElementBook,
): ViewModel {
  return {
    state: 'ready',
    option,
    description,
    table: table.build(),
    tooltips: book.tooltips,
    selections: book.selections,
  };
}
