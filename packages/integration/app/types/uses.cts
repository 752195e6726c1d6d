// What a TypeScript user writes: values and types from every entry point. Compiled with each
// module resolution (node10, node16 ESM and CJS, bundler), never with skipLibCheck.
import { parseDataset, compareDataset, type Dataset } from '@luoshi/core';
import { bullet, mount, toTable, type ChartHandle, type Selection } from '@luoshi/charts';
import { renderToSVG, renderStatic } from '@luoshi/charts/ssr';
import { hydrateAll, type StaticChartHandle } from '@luoshi/charts/static';
import { main, type Io } from '@luoshi/cli';
import { BulletChart, type BulletChartProps } from '@luoshi/react';

export function draw(input: unknown, element: HTMLElement): ChartHandle<object> | undefined {
  const result = parseDataset(input);
  if (!result.ok) return undefined;
  const dataset: Dataset = result.dataset;
  const rows = compareDataset(dataset);
  const svg: string = renderToSVG(bullet, dataset, { width: 640, height: 360, locale: 'en' });
  const { html } = renderStatic(bullet, dataset);
  const handles: StaticChartHandle[] = hydrateAll(element.ownerDocument, {
    onSelect: (s: Selection) => s.kind,
  });
  const table: string = toTable(bullet, dataset);
  const chart = mount(element, bullet, dataset, { locale: 'zh-CN' });
  const props: BulletChartProps = { data: dataset, locale: 'en' };
  const io: Partial<Io> = {};
  void [rows, svg, html, handles, table, props, io, main, BulletChart];
  return chart;
}
