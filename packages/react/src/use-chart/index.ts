export { useChart, type ChartSettings, type ChartState } from './use-chart.js';
export { ChartFrame, type ChartFrameProps } from './chart-frame.js';
export { splitChartProps, type ChartProps } from './chart-props.js';
