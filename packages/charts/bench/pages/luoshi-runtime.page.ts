/// <reference lib="dom" />
// Diagnostic: the runtime alone (mount, safe tooltips, resize) drawing a model built ahead of time,
// with the bullet's ECharts pieces. Separates the runtime's cost from the views' (and @luoshi/core's).
import { mount, type View, type ViewModel } from '@luoshi/charts';
import { bulletInstall } from '../../src/views/bullet/bullet.install.js';
import { drawn, pageData } from './bench.page-shared.js';

const { data, count } = pageData();
const prebuilt: View = { name: 'prebuilt-bullet', install: bulletInstall, build: () => data as ViewModel };
const charts = Array.from({ length: count }, (_, i) =>
  mount(document.getElementById(`chart-${i}`)!, prebuilt, null),
);
void Promise.all(charts.map((chart) => chart.ready)).then(drawn);
