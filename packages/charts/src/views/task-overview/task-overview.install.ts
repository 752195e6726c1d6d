import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the task-overview view draws with: stacked bars per category, a legend. */
export const taskOverviewInstall: readonly EChartsExtension[] = [
  BarChart,
  GridComponent,
  LegendComponent,
  DataZoomSliderComponent,
  DataZoomInsideComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
