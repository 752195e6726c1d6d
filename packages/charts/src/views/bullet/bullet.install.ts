import { BarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the bullet view draws with: bars (actuals), scatter (target markers), mark areas (bands). */
export const bulletInstall: readonly EChartsExtension[] = [
  BarChart,
  ScatterChart,
  GridComponent,
  MarkAreaComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
