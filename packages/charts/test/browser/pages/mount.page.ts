/// <reference lib="dom" />
// The page for the mount tests: a plain page, no framework, that mounts charts on request.
import {
  mount,
  registerSvgRenderer,
  type ChartHandle,
  type MountOptions,
  type View,
} from '../../../src/index.js';
import { testBar } from '../../support/test-bar.view.js';
import { canvasInk, locateElements, trapScripts } from './page.probe.js';

trapScripts();
const handles = new Map<string, ChartHandle>();
const views: Record<string, View> = { 'test-bar': testBar as View };

function container(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`no element #${id}`);
  return element;
}

/** The page API the tests call through `page.evaluate`. */
export const api = {
  views,
  /** Mounts a view in `#id` (created with the given style when missing); resolves when drawn, unless the element is hidden. */
  async mount(
    id: string,
    viewName: string,
    data: unknown,
    options: MountOptions = {},
    style = '',
  ): Promise<void> {
    let element = document.getElementById(id);
    if (element === null) {
      element = document.createElement('div');
      element.id = id;
      element.className = 'chart';
      element.setAttribute('style', style);
      document.body.appendChild(element);
    }
    const view = api.views[viewName];
    if (view === undefined) throw new Error(`no view ${viewName}`);
    const handle = mount(element, view, data, options);
    handle.on('select', (selection) => window.__log.selections.push(selection));
    handles.set(id, handle);
    if (element.clientWidth > 0) await api.settled(id);
  },
  /** Resolves once the chart is drawn and its entry animation has finished (views animate their bars). */
  async settled(id: string): Promise<void> {
    const handle = api.handle(id);
    await handle.ready;
    // Test-only peek at zrender's clip list: no clip left for two frames means the layout is final.
    const animation = (handle.instance()?.getZr() as unknown as { animation: { _head: unknown } }).animation;
    const started = performance.now();
    let idleFrames = 0;
    while (idleFrames < 2 && performance.now() - started < 5000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      idleFrames = animation._head == null ? idleFrames + 1 : 0;
    }
  },
  handle(id: string): ChartHandle {
    const handle = handles.get(id);
    if (handle === undefined) throw new Error(`nothing mounted in #${id}`);
    return handle;
  },
  /** Opts in to the SVG renderer, as a page that uses it does. */
  registerSvgRenderer,
  ink: (id: string) => canvasInk(container(id)),
  locate: (id: string) => locateElements(api.handle(id), container(id)),
  canvasSize(id: string): { width: number; height: number } | undefined {
    const canvas = container(id).querySelector('canvas');
    return canvas === null ? undefined : { width: canvas.clientWidth, height: canvas.clientHeight };
  },
};

declare global {
  interface Window {
    luoshi: typeof api;
  }
}
window.luoshi = api;
