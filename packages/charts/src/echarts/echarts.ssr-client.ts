// The static client's only ECharts import: the few-hundred-byte SSR hydration helper, never `echarts/core`.
export { hydrate } from 'echarts/ssr/client/index';
export type { ECSSRClientEventParams } from 'echarts/ssr/client/index';
