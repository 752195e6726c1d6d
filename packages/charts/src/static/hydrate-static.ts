/// <reference lib="dom" />
import { hydrate, type ECSSRClientEventParams } from '../echarts/echarts.ssr-client.js';
import { copySelection } from '../view/view.selection.js';
import type { Selection } from '../view/view.types.js';
import { STATIC_PAYLOAD_ATTRIBUTE, STATIC_ROOT_ATTRIBUTE, type StaticPayload } from './static.payload.js';
import { createStaticTooltip } from './static-tooltip.js';

const PREFIX = '[@luoshi/charts/static]';

/** Options of {@link hydrateStatic}. */
export interface HydrateStaticOptions {
  /**
   * Called with the task, indicator, unit or tasks behind a clicked element, like `mount`'s
   * `on('select')`.
   */
  onSelect?: (selection: Selection) => void;
}

/** A hydrated static chart. */
export interface StaticChartHandle {
  readonly payload: StaticPayload;
  /** Stops reacting to the pointer and removes the tooltip element. */
  dispose(): void;
}

function readPayload(root: HTMLElement): StaticPayload {
  const script = root.querySelector(`script[${STATIC_PAYLOAD_ATTRIBUTE}]`);
  if (script === null)
    throw new Error(
      `${PREFIX} no <script ${STATIC_PAYLOAD_ATTRIBUTE}> in the chart: render it with renderStatic()`,
    );
  let payload: unknown;
  try {
    payload = JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new Error(`${PREFIX} the chart's payload is not valid JSON: ${(error as Error).message}`);
  }
  const p = payload as Partial<StaticPayload> | null;
  if (p?.v !== 1 || typeof p.tooltips !== 'object' || typeof p.selections !== 'object') {
    throw new Error(
      `${PREFIX} the chart's payload has an unknown format (expected v: 1 with tooltips and selections)`,
    );
  }
  return p as StaticPayload;
}

/**
 * Makes a chart rendered by `renderStatic()` interactive: hovering an element shows its tooltip text,
 * clicking it reports its selection. Uses ECharts' SSR client only (a few hundred bytes), not ECharts.
 */
export function hydrateStatic(root: HTMLElement, options: HydrateStaticOptions = {}): StaticChartHandle {
  const payload = readPayload(root);
  const tooltip = createStaticTooltip(root);
  let active = true;
  const key = (params: ECSSRClientEventParams): string =>
    `${params.seriesIndex ?? -1}:${params.dataIndex ?? -1}`;
  const onMove = (event: MouseEvent): void => tooltip.move(event);
  root.addEventListener('mousemove', onMove);
  hydrate(root, {
    on: {
      mouseover(params) {
        const text = active && params.ssrType === 'chart' ? payload.tooltips[key(params)] : undefined;
        if (text === undefined) tooltip.hide();
        else tooltip.show(text, params.event as MouseEvent);
      },
      mouseout() {
        tooltip.hide();
      },
      click(params) {
        const selection = active && params.ssrType === 'chart' ? payload.selections[key(params)] : undefined;
        if (selection !== undefined) options.onSelect?.(copySelection(selection));
      },
    },
  });
  return {
    payload,
    dispose() {
      active = false;
      root.removeEventListener('mousemove', onMove);
      tooltip.element.remove();
    },
  };
}

/** Hydrates every `[data-luoshi-chart]` element under `scope` (default: the document). */
export function hydrateAll(scope?: ParentNode, options?: HydrateStaticOptions): StaticChartHandle[] {
  const elements = (scope ?? document).querySelectorAll<HTMLElement>(`[${STATIC_ROOT_ATTRIBUTE}]`);
  return Array.from(elements, (element) => hydrateStatic(element, options));
}
