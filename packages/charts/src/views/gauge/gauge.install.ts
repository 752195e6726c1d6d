import { GaugeChart } from 'echarts/charts';
import { AriaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { EChartsExtension } from '../../view/view.types.js';

/** What the gauge view draws with: gauge series as progress rings, titles naming each ring. */
export const gaugeInstall: readonly EChartsExtension[] = [
  GaugeChart,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
];
