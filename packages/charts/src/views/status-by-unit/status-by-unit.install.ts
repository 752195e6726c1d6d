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

/** What the status-by-unit view draws with: stacked bars, a scrolling axis, a legend. */
export const statusByUnitInstall: readonly EChartsExtension[] = [
  BarChart,
  GridComponent,
  LegendComponent,
  DataZoomSliderComponent,
  DataZoomInsideComponent,
  TooltipComponent,
  TitleComponent,
  AriaComponent,
];
