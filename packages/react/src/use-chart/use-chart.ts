import {
  mount,
  type ChartHandle,
  type CommonOptions,
  type RendererName,
  type Selection,
  type View,
  type ViewModel,
} from '@luoshi/charts';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ForwardedRef,
  type RefObject,
} from 'react';
import { renderServerSvg } from '#server-svg';

// useLayoutEffect draws before the browser paints (no empty frame, no flash over server SVG); on the
// server neither runs, and React 18 warns about useLayoutEffect there, so the server gets useEffect.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** How {@link useChart} mounts a chart, beside the view's own options. */
export interface ChartSettings {
  /** `canvas` (default) or `svg` (call `registerSvgRenderer()` from @luoshi/charts once first). Changing it re-creates the chart. */
  renderer?: RendererName;
  /** Called with what a click stands for: `{ kind, id }`, or `{ kind: 'tasks', ids }` for a segment of tasks. */
  onSelect?: (selection: Selection) => void;
  /**
   * `svg`: the server render already holds the chart's SVG (from @luoshi/charts/ssr), so a page
   * without JavaScript shows it; the client draws over it and then removes it. Default: none (the
   * server sends the empty container and the accessible table).
   */
  ssr?: 'svg';
  /** Pixel size of the server SVG (the browser scales it to the container). Defaults 640 × 400. */
  ssrSize?: { width: number; height: number };
}

/** What {@link useChart} gives the component that renders the chart. */
export interface ChartState {
  /** Attach to the element the chart is drawn in (it needs a CSS width and height). */
  hostRef: RefObject<HTMLDivElement | null>;
  /** The model shown (description, accessible table), built in render so the server has it too. */
  model: ViewModel;
  /** The server's SVG while the client has not drawn yet (`ssr="svg"` only), else `undefined`. */
  serverSvg: string | undefined;
  /** Put on the element holding {@link ChartState.serverSvg} as `data-luoshi-ssr`: hydration reads the SVG back from it. */
  serverSvgId: string;
}

/** A stable key for options: components get a fresh object each render, and only a real change should redraw. */
function optionsKey(options: object): string {
  return JSON.stringify(options, (_key, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value] : value,
  );
}

function assignRef<T>(ref: ForwardedRef<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * Mounts a view of @luoshi/charts once and keeps it in step with React: new `data` calls
 * `update`, new options call `setOptions` (same ECharts instance, no flicker), a new `renderer`
 * or view re-mounts; the chart follows its container's size (ResizeObserver) and is disposed on
 * unmount (StrictMode's mount–unmount–mount included). `ref` receives the {@link ChartHandle}.
 *
 * Theme and locale are options of the view: a new theme redraws the same instance with the other
 * token set; a new locale re-creates it, because ECharts reads its locale at init.
 *
 * @example
 * ```tsx
 * function Gdp({ dataset }: { dataset: Dataset }) {
 *   const { hostRef, model } = useChart(bullet, dataset, { locale: 'en' }, { onSelect: console.log });
 *   return <div ref={hostRef} role="img" aria-label={model.description} style={{ height: 360 }} />;
 * }
 * ```
 */
export function useChart<Options extends object>(
  view: View<Options>,
  data: unknown,
  options: Options & CommonOptions,
  settings: ChartSettings = {},
  ref?: ForwardedRef<ChartHandle<Options>>,
): ChartState {
  const hostRef = useRef<HTMLDivElement | null>(null);
  const handleRef = useRef<ChartHandle<Options> | null>(null);
  const key = optionsKey(options);
  // `key` stands for the options' content: equal options from a new render keep the same object.
  const stableOptions = useMemo(() => options, [key]);
  const model = useMemo(() => view.build(data, stableOptions), [view, data, stableOptions]);

  // What the effects read without re-running on every change.
  const latest = useRef({ data, options: stableOptions, onSelect: settings.onSelect });
  latest.current = { data, options: stableOptions, onSelect: settings.onSelect };
  const drawn = useRef({ data, options: stableOptions });

  const { ssr, ssrSize } = settings;
  const renderer = settings.renderer ?? 'canvas';
  const serverSvgId = useId();
  const [serverSvg, setServerSvg] = useState<string | undefined>(() =>
    ssr === 'svg' ? serverSvgOf(serverSvgId, view, data, stableOptions, ssrSize) : undefined,
  );
  const refRef = useRef(ref);
  refRef.current = ref;
  const tookOver = serverSvg !== undefined;

  useClientLayoutEffect(() => {
    const element = hostRef.current;
    if (element === null) return;
    const { data: firstData, options: firstOptions } = latest.current;
    // Taking over a server drawing: the chart is already on screen, so it must not animate in.
    const mountOptions =
      tookOver && !('animation' in firstOptions) ? { animation: false, ...firstOptions } : firstOptions;
    const handle = mount(element, view, firstData, { ...mountOptions, renderer });
    drawn.current = { data: firstData, options: firstOptions };
    handleRef.current = handle;
    const stopListening = handle.on('select', (selection) => latest.current.onSelect?.(selection));
    assignRef(refRef.current, handle);
    let live = true;
    if (tookOver) void handle.ready.then(() => live && setServerSvg(undefined));
    return () => {
      live = false;
      stopListening();
      assignRef(refRef.current, null);
      handleRef.current = null;
      handle.dispose();
    };
    // Re-mount only for another view or renderer; data and options update the live chart below.
  }, [view, renderer]);

  useClientLayoutEffect(() => {
    const handle = handleRef.current;
    if (handle === null) return;
    const before = drawn.current;
    if (before.data !== data) handle.update(data);
    if (before.options !== stableOptions) {
      // setOptions merges; a prop that was dropped must go back to its default, so it is sent as undefined.
      const cleared = Object.fromEntries(Object.keys(before.options).map((name) => [name, undefined]));
      handle.setOptions({ ...cleared, ...stableOptions } as Partial<Options>);
    }
    drawn.current = { data, options: stableOptions };
  }, [data, stableOptions]);

  return { hostRef, model, serverSvg, serverSvgId };
}

/**
 * The SVG under the chart's container: rendered on the server; during hydration, read back from the
 * server's markup (so the client renders exactly what it received and never bundles the SVG
 * renderer); in a plain client render, none.
 */
function serverSvgOf<Options extends object>(
  id: string,
  view: View<Options>,
  data: unknown,
  options: Options & CommonOptions,
  size: { width: number; height: number } | undefined,
): string | undefined {
  if (typeof document === 'undefined') {
    const svg = renderServerSvg(view, data, { ...options, ...size });
    // The SVG is drawn at a fixed size; its viewBox lets it scale to the container meanwhile.
    return svg?.replace(/^<svg /, '<svg style="display:block;width:100%;height:100%" ');
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-luoshi-ssr]'))
    if (element.dataset['luoshiSsr'] === id) return element.innerHTML;
  return undefined;
}
