// Server-side render time per chart: renderToSVG (view build + render) against ECharts' own
// renderToSVGString of the same option on a bare SSR instance.
import { performance } from 'node:perf_hooks';
import { init } from 'echarts/core';
import type { View } from '../src/index.js';
import { renderToSVG } from '../src/ssr/index.js';
import { median } from './bench.first-draw.js';

export interface SsrTimes {
  luoshiMs: number;
  /** Our render with the view's build excluded (the option built once up front). */
  luoshiBuildMs: number;
  echartsMs: number;
}

function timed(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

export function timeSsr(view: View, data: unknown, runs: number): SsrTimes {
  const size = { width: 640, height: 400 };
  // Registers the view's pieces and the SVG renderer, so ECharts' own run below has them too.
  renderToSVG(view, data, size);
  const { option } = view.build(data);
  const echartsOwn = (): void => {
    const chart = init(null, undefined, { renderer: 'svg', ssr: true, ...size });
    chart.setOption({ ...option, animation: false });
    chart.renderToSVGString();
    chart.dispose();
  };
  // Alternate the measures run by run so drift (JIT, GC, other work on the machine) hits both alike.
  for (let i = 0; i < 20; i += 1) {
    renderToSVG(view, data, size);
    echartsOwn();
  }
  const ours: number[] = [];
  const own: number[] = [];
  const build: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(timed(() => renderToSVG(view, data, size)));
    own.push(timed(echartsOwn));
    build.push(timed(() => view.build(data)));
  }
  return { luoshiMs: median(ours), echartsMs: median(own), luoshiBuildMs: median(build) };
}
