/// <reference lib="dom" />
import type { CommonOptions, View, ViewModel } from '../view/view.types.js';
import { copySelection } from '../view/view.selection.js';
import {
  assertRenderer,
  createChart,
  createSsrChart,
  installExtensions,
  type EChartsType,
} from '../echarts/echarts.runtime.js';
import { buildModel } from './build-model.js';
import { elementKey, withSafeTooltips } from './safe-tooltip.js';
import { drawableSize, watchSize } from './size-watch.js';
import type { ChartHandle, MountOptions, SelectListener } from './mount.types.js';

const PREFIX = '[@luoshi/charts]';

/** What ECharts passes click listeners (the fields we read). */
interface ClickParams {
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
}

/**
 * Mounts a view in an element and keeps it fitted to the element.
 *
 * The element needs a width and a height (CSS). While it has none — hidden in a tab, `display: none` —
 * nothing is created; the chart is drawn as soon as a ResizeObserver sees it get a size.
 * `renderer: 'svg'` needs `registerSvgRenderer()` first (it throws saying so otherwise).
 *
 * @example
 * ```ts
 * import { mount, bullet } from '@luoshi/charts';
 * const chart = mount(document.getElementById('gdp')!, bullet, dataset, { locale: 'en' });
 * chart.on('select', (selection) => console.log(selection.kind, selection.id));
 * ```
 */
export function mount<Options extends object = object>(
  element: HTMLElement,
  view: View<Options>,
  data: unknown,
  options?: Options & MountOptions,
): ChartHandle<Options> {
  assertRenderer(options?.renderer, 'mount()');
  let currentData = data;
  let currentOptions = { ...options } as Options & MountOptions;
  let model: ViewModel = buildModel(view, currentData, currentOptions as Options & CommonOptions);
  let chart: EChartsType | undefined;
  let drawnSize = '';
  let disposed = false;
  const listeners = new Set<SelectListener>();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  installExtensions(view.install);

  const draw = (): void => {
    chart?.setOption(withSafeTooltips(model), { notMerge: true });
  };

  const onClick = (params: ClickParams): void => {
    if (params.componentType !== 'series') return;
    const selection = model.selections[elementKey(params.seriesIndex, params.dataIndex)];
    if (selection === undefined) return;
    for (const listener of [...listeners]) listener(copySelection(selection));
  };

  const create = (): void => {
    const size = drawableSize(element);
    if (disposed || chart !== undefined || size === undefined) return;
    chart = createChart(element, {
      renderer: currentOptions.renderer ?? 'canvas',
      locale: currentOptions.locale,
    });
    chart.on('click', onClick as (params: unknown) => void);
    drawnSize = `${size.width}x${size.height}`;
    draw();
    markReady();
  };

  const fit = (): void => {
    if (disposed) return;
    const size = drawableSize(element);
    if (size === undefined) return; // hidden again: keep the last drawing, resize when shown
    if (chart === undefined) return create();
    const key = `${size.width}x${size.height}`;
    if (key === drawnSize) return; // the observer's first report, or a change that kept the size
    drawnSize = key;
    chart.resize();
  };

  const stopWatching = watchSize(element, fit);
  create();

  const recreate = (): void => {
    chart?.dispose();
    chart = undefined;
    create();
  };

  return {
    update(next) {
      if (disposed) return;
      currentData = next;
      model = buildModel(view, currentData, currentOptions as Options & CommonOptions);
      draw();
    },
    setOptions(next) {
      if (disposed) return;
      assertRenderer(next.renderer, 'setOptions()');
      const before = currentOptions;
      currentOptions = { ...currentOptions, ...next };
      model = buildModel(view, currentData, currentOptions as Options & CommonOptions);
      const needsNewInstance =
        (before.renderer ?? 'canvas') !== (currentOptions.renderer ?? 'canvas') ||
        before.locale !== currentOptions.locale;
      if (needsNewInstance) recreate();
      else draw();
    },
    resize() {
      drawnSize = '';
      fit();
    },
    on(event, listener) {
      if (event !== 'select')
        throw new Error(`${PREFIX} on(): unknown event "${String(event)}" (known: select)`);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async toImage(type) {
      const size = drawableSize(element);
      if (chart === undefined || size === undefined) {
        throw new Error(`${PREFIX} toImage(): nothing is drawn yet: the element has no size (is it hidden?)`);
      }
      return exportImage(chart, type, currentOptions, model, size);
    },
    get model() {
      return model;
    },
    ready,
    instance: () => chart,
    dispose() {
      if (disposed) return;
      disposed = true;
      stopWatching();
      listeners.clear();
      chart?.dispose();
      chart = undefined;
    },
  };
}

async function exportImage(
  chart: EChartsType,
  type: 'png' | 'svg',
  options: MountOptions,
  model: ViewModel,
  size: { width: number; height: number },
): Promise<string> {
  if (type !== 'png' && type !== 'svg')
    throw new Error(`${PREFIX} toImage(): unknown type "${String(type)}" (png or svg)`);
  const renderer = options.renderer ?? 'canvas';
  if (type === renderer || (type === 'png' && renderer === 'canvas'))
    return chart.getDataURL({ type, pixelRatio: 2 });
  const option = { ...model.option, animation: false };
  if (type === 'svg') {
    assertRenderer('svg', "toImage('svg')");
    const ssr = createSsrChart({ ...size, locale: options.locale });
    try {
      ssr.setOption(option);
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(ssr.renderToSVGString())}`;
    } finally {
      ssr.dispose();
    }
  }
  const scratch = chart.getDom().ownerDocument.createElement('div');
  const canvas = createChart(scratch, { renderer: 'canvas', locale: options.locale, ...size });
  try {
    canvas.setOption(option);
    return canvas.getDataURL({ type: 'png', pixelRatio: 2 });
  } finally {
    canvas.dispose();
  }
}
