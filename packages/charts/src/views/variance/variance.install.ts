import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the variance view draws with: diverging bars and the zero line. */
export const varianceInstall: readonly EChartsExtension[] = [
  BarChart,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
