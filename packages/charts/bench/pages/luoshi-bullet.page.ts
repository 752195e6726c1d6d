/// <reference lib="dom" />
// One or more bullet charts with @luoshi/charts, as a user would write it (the built package).
import { bullet, mount } from '@luoshi/charts';
import { drawn, pageData } from './bench.page-shared.js';

const { data, count } = pageData();
const charts = Array.from({ length: count }, (_, i) =>
  mount(document.getElementById(`chart-${i}`)!, bullet, data),
);
void Promise.all(charts.map((chart) => chart.ready)).then(drawn);
