/// <reference lib="dom" />
import type { EChartsType } from 'echarts/core';
import type { CommonOptions, Selection, ViewModel } from '../view/view.types.js';
import type { RendererName } from '../echarts/echarts.runtime.js';

/** Runtime options of a mounted chart, beside the view's own options. */
export interface MountOptions extends CommonOptions {
  /**
   * `canvas` (default) or `svg`. `svg` needs `registerSvgRenderer()` called once before: the SVG
   * renderer is opt-in, so that pages drawing on canvas do not download it.
   */
  renderer?: RendererName;
}

/** What `on('select')` listeners receive. */
export type SelectListener = (selection: Selection) => void;

/** Events a mounted chart reports. */
export interface ChartEvents {
  /** The task, indicator, unit or jurisdiction behind a clicked element, or the tasks of a segment (from `ViewModel.selections`). */
  select: SelectListener;
}

/** A chart mounted in an element by {@link mount}. */
export interface ChartHandle<Options extends object = object> {
  /** Rebuilds the view from new data. */
  update(data: unknown): void;
  /** Merges new options (view options, locale, theme, renderer) and rebuilds; a new renderer or locale re-creates the instance. */
  setOptions(options: Partial<Options & MountOptions>): void;
  /** Fits the chart to its element. Automatic through ResizeObserver; call it after a change the observer cannot see. */
  resize(): void;
  /** Listens to an event; returns the function that stops listening. */
  on<E extends keyof ChartEvents>(event: E, listener: ChartEvents[E]): () => void;
  /**
   * The chart as a data URL (`data:image/png;base64,…` or `data:image/svg+xml;…`). PNG comes from a
   * canvas and SVG from ECharts' SVG renderer, whichever renderer the chart is mounted with: the
   * other one is drawn on a throwaway instance. SVG export needs `registerSvgRenderer()` first.
   * Rejects while the element has no size yet (nothing has been drawn).
   */
  toImage(type: 'png' | 'svg'): Promise<string>;
  /** The model currently shown (description, table, tooltips): `toTable(handle.model)` gives its accessible table. */
  readonly model: ViewModel;
  /** Resolves once the chart has been drawn the first time (a hidden element waits until it is shown). */
  readonly ready: Promise<void>;
  /** The ECharts instance, once created: an escape hatch for what this API does not cover. */
  instance(): EChartsType | undefined;
  /** Stops observing, removes listeners and disposes the ECharts instance. Further calls are no-ops. */
  dispose(): void;
}
