import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { sampleDataset } from './common/view.fixture.js';
import {
  bullet,
  gauge,
  jurisdictionComparison,
  statusByUnit,
  taskOverview,
  trend,
  variance,
} from './index.js';
import type { View } from '../view/view.types.js';
import type { SharedOptions } from './common/view.options.js';

// ECharts accepts some typed options that fail while rendering (`decal: 'none'` did): render each
// option once with the server-side SVG renderer to prove ECharts itself takes it.
function install(view: View<SharedOptions>): void {
  for (const piece of view.install) echarts.use(piece as Parameters<typeof echarts.use>[0]);
  echarts.use(SVGRenderer);
}

function render(view: View<SharedOptions>, options: SharedOptions = {}): string {
  install(view);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 480 });
  try {
    chart.setOption(view.build(sampleDataset(), { animation: false, ...options }).option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe('options render in ECharts', () => {
  it.each(
    [bullet, gauge, trend, variance, statusByUnit, jurisdictionComparison, taskOverview].map(
      (v) => [v.name, v] as const,
    ),
  )('%s renders its labels', (_, view) => {
    const svg = render(view, { theme: 'dark' });
    expect(svg).toMatch(/^<svg/);
    expect((svg.match(/<text/g) ?? []).length).toBeGreaterThan(3);
  });

  it('bullet draws the target labels and the pending marks as text', () => {
    const svg = render(bullet);
    expect(svg).toContain('目标 5.5%');
    expect(svg).toContain('目标 ≥10%');
    expect(svg).toContain('待公布');
  });

  it('draws an empty state as visible text', () => {
    install(bullet);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption(bullet.build({ schemaVersion: 1 }).option);
    expect(chart.renderToSVGString()).toContain('暂无目标数据');
    chart.dispose();
  });
});
