/// <reference lib="dom" />
// (a) The same chart with the whole of ECharts.
import * as echarts from 'echarts';
import { drawn, pageData } from './bench.page-shared.js';

const { option, count } = pageData();
for (let i = 0; i < count; i += 1)
  echarts.init(document.getElementById(`chart-${i}`)!).setOption(option as Record<string, unknown>);
drawn();
