// @luoshi/embed: defines <luoshi-chart> once, where there is a DOM (importing it in Node does nothing).
import { LuoshiChartElement } from './luoshi-chart.js';

export { LuoshiChartElement, VIEWS, escapeHtml } from './luoshi-chart.js';

if (typeof customElements !== 'undefined' && !customElements.get('luoshi-chart')) {
  customElements.define('luoshi-chart', LuoshiChartElement);
}
