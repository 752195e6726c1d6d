// Server-side render time per chart: renderToSVG (view build + render) against ECharts' own
// renderToSVGString of the same option on a bare SSR instance.
import { performance } from 'node:perf_hooks';
import { init } from 'echarts/core';
import type { View } from '../src/index.js';
import { renderToSVG } from '../src/ssr/index.js';
import { median, pairedRatio } from './bench.first-draw.js';

export interface SsrTimes {
  luoshiMs: number;
  /** Our render with the view's build excluded (the option built once up front). */
  luoshiBuildMs: number;
  echartsMs: number;
  /** The median of run-by-run ratios luoshi / ECharts (each pair measured back to back). */
  ratio: number;
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
  const ours = (): void => void renderToSVG(view, data, size);
  const build = (): void => void view.build(data);
  // The same warm-up for both. Then batches of renders that alternate which side goes first: a
  // batch pays for the garbage it makes (a scavenge lands in the batch that filled the young
  // generation, not in the other side's next render), and alternating spreads drift (JIT, other
  // work on the machine) over both alike. Per-render times are batch times over BATCH.
  for (let i = 0; i < 30; i += 1) {
    ours();
    echartsOwn();
  }
  const BATCH = 10;
  const batch = (task: () => void) =>
    timed(() => {
      for (let i = 0; i < BATCH; i += 1) task();
    }) / BATCH;
  const times = { ours: [] as number[], own: [] as number[], build: [] as number[] };
  for (let run = 0; run < Math.ceil(runs / BATCH); run += 1) {
    if (run % 2 === 0) {
      times.ours.push(batch(ours));
      times.own.push(batch(echartsOwn));
    } else {
      times.own.push(batch(echartsOwn));
      times.ours.push(batch(ours));
    }
    times.build.push(batch(build));
  }
  return {
    luoshiMs: median(times.ours),
    echartsMs: median(times.own),
    luoshiBuildMs: median(times.build),
    ratio: pairedRatio(times.ours, times.own),
  };
}
