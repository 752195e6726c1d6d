/// <reference lib="dom" />
// Browser-side helpers shared by the test pages: what was drawn, and where each data element is.
import type { ChartHandle, Selection } from '../../../src/index.js';

/** Pixels of the element's canvases that are not transparent, and how many distinct colours they have. */
export function canvasInk(container: HTMLElement): { inked: number; colours: number } {
  let inked = 0;
  const colours = new Set<number>();
  for (const canvas of Array.from(container.querySelectorAll('canvas'))) {
    const context = canvas.getContext('2d');
    if (context === null || canvas.width === 0 || canvas.height === 0) continue;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) === 0) continue;
      inked += 1;
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
  }
  return { inked, colours: colours.size };
}

/**
 * Where each data element of a mounted chart can be hovered, in page coordinates, keyed like
 * `ViewModel.selections`: sweeps synthetic pointer moves over the chart and records what ECharts
 * reports under the pointer. The tests then use the real mouse at those points.
 */
export function locateElements(
  handle: ChartHandle,
  container: HTMLElement,
  step = 4,
): Record<string, { x: number; y: number }> {
  const chart = handle.instance();
  if (chart === undefined) throw new Error('locateElements: the chart is not drawn');
  const target = chart.getZr().painter.getViewportRoot();
  const box = container.getBoundingClientRect();
  const hits: Record<string, { x: number; y: number }[]> = {};
  let current: string | undefined;
  const onOver = (params: { componentType?: string; seriesIndex?: number; dataIndex?: number }): void => {
    current = params.componentType === 'series' ? `${params.seriesIndex}:${params.dataIndex}` : undefined;
  };
  const onOut = (): void => {
    current = undefined;
  };
  chart.on('mouseover', onOver as (params: unknown) => void);
  chart.on('mouseout', onOut);
  for (let y = box.top + 1; y < box.bottom; y += step) {
    for (let x = box.left + 1; x < box.right; x += step) {
      const before = current;
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      // Only points where the pointer enters an element: a hovered element may grow (emphasis scale)
      // and overlap its neighbours, so points inside it while hovered may belong to another at rest.
      if (current !== undefined && current !== before) (hits[current] ??= []).push({ x, y });
    }
  }
  target.dispatchEvent(
    new MouseEvent('mouseout', { clientX: box.left - 10, clientY: box.top - 10, bubbles: true }),
  );
  chart.off('mouseover', onOver as (params: unknown) => void);
  chart.off('mouseout', onOut);
  // The middle entry point of each element (elements may be entered from several rows).
  return Object.fromEntries(
    Object.entries(hits).map(([key, points]) => [
      key,
      points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 },
    ]),
  );
}

/** Everything the pages record for the tests to read. */
export interface PageLog {
  selections: Selection[];
}

declare global {
  interface Window {
    /** Set by the hostile payload if any markup from data ever runs. */
    __xss?: boolean;
    __log: PageLog;
  }
}

/** Makes `alert` (what the hostile payload calls) record instead of blocking the page. */
export function trapScripts(): void {
  window.__log = { selections: [] };
  window.alert = () => {
    window.__xss = true;
  };
}
