/// <reference lib="dom" />
// (b) The floor for ECharts: a hand-tuned echarts/core build registering exactly what the bullet option uses.
import { init, use } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawn, pageData } from './bench.page-shared.js';

use([
  BarChart,
  ScatterChart,
  GridComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  CanvasRenderer,
]);
const { option, count } = pageData();
for (let i = 0; i < count; i += 1)
  init(document.getElementById(`chart-${i}`)!).setOption(option as Record<string, unknown>);
drawn();
