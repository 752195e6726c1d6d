// The baseline page: one @luoshi/charts bullet of the same dataset, built by the same Vite config.
import { bullet, mount } from '@luoshi/charts';
import { readDatasetShape } from '@luoshi/core';
import datasetUrl from '@luoshi/fixtures/data/guangzhou.json?url';

const result = readDatasetShape(await (await fetch(datasetUrl)).json());
if (!result.ok) throw new Error('[@luoshi/demo bench] invalid dataset');
const chart = mount(document.getElementById('chart')!, bullet, result.dataset, {
  jurisdictionId: 'haizhu',
  period: '2025',
});
await chart.ready;
document.getElementById('chart')!.setAttribute('data-drawn', 'true');
