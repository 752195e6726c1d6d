import type { Dataset } from '@luoshi/core';
import type { EChartsExtension, Selection, View, ViewModel } from '../../view/view.types.js';
import { resolveShared, type ResolvedShared, type SharedOptions } from './view.options.js';
import type { DatasetCollection } from '@luoshi/core';
import { readDataset, stateModel } from './view.state.js';

/**
 * Makes a {@link View} from a builder over a validated Dataset. The wrapper keeps the contract that
 * `build` never throws: invalid input becomes an `error` state listing the problems, and an
 * unexpected failure inside a builder becomes an `error` state with its message.
 *
 * `reads` names the collections the builder reads (default: all). Only those are checked record by
 * record and handed to the builder (the others are empty lists): a bullet chart does not spend its
 * first draw checking two hundred tasks it never shows, nor fail on them.
 */
export function defineView<O extends object>(
  name: string,
  install: readonly EChartsExtension[],
  builder: (dataset: Dataset, options: O & SharedOptions, shared: ResolvedShared) => ViewModel,
  reads?: readonly DatasetCollection[],
): View<O & SharedOptions> {
  return {
    name,
    install,
    build(data, options) {
      const shared = resolveShared(options);
      try {
        const read = readDataset(data, shared.locale, reads);
        if (!read.ok) return stateModel('error', read.message, shared);
        return builder(read.dataset, (options ?? {}) as O & SharedOptions, shared);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return stateModel(
          'error',
          shared.locale === 'en' ? `Chart failed: ${detail}` : `图表生成失败：${detail}`,
          shared,
        );
      }
    },
  };
}

/** Collects the plain-text tooltips and click selections of chart elements, keyed `${series}:${index}`. */
export class ElementBook {
  readonly tooltips: Record<string, string> = {};
  readonly selections: Record<string, Selection> = {};

  set(seriesIndex: number, dataIndex: number, tooltip: string, selection?: Selection): void {
    const key = `${seriesIndex}:${dataIndex}`;
    this.tooltips[key] = tooltip;
    if (selection) this.selections[key] = selection;
  }
}
