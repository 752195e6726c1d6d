import { LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the trend view draws with: a line (actuals), scatter (targets), mark lines (target bands). */
export const trendInstall: readonly EChartsExtension[] = [
  LineChart,
  ScatterChart,
  GridComponent,
  MarkLineComponent,
  LegendComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
