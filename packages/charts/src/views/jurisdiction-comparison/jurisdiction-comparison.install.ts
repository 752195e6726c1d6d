import { ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the comparison draws with: scatter (target and actual dots), mark lines (the dumbbell bars). */
export const jurisdictionComparisonInstall: readonly EChartsExtension[] = [
  ScatterChart,
  GridComponent,
  MarkLineComponent,
  LegendComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
