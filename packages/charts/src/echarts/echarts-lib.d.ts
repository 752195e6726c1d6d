// ECharts ships no declarations for its per-renderer lib modules; we import them by path so that a
// page using the canvas renderer never bundles the SVG one (the `echarts/renderers` barrel holds both).
declare module 'echarts/lib/renderer/installCanvasRenderer.js' {
  import type { EChartsExtension } from '../view/view.types.js';
  export const install: EChartsExtension;
}
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { EChartsExtension } from '../view/view.types.js';
  export const install: EChartsExtension;
}
