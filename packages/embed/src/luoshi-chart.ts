// <luoshi-chart>: a luoshi view and its accessible table inside a shadow root, so the page's own CSS
// neither reaches in nor is reached. Data comes from `src` (fetched) or an inline
// <script type="application/json"> child; the view validates it and draws its error state, and
// anything that fails before that (network, JSON) is shown inside the element, escaped.
import {
  bullet,
  gauge,
  jurisdictionComparison,
  mount,
  statusByUnit,
  taskOverview,
  toTable,
  trend,
  variance,
  type ChartHandle,
  type Selection,
  type View,
} from '@luoshi/charts';

/** The views by the names the `view` attribute takes. */
export const VIEWS: Record<string, View<object>> = {
  bullet: bullet as View<object>,
  gauge: gauge as View<object>,
  trend: trend as View<object>,
  variance: variance as View<object>,
  'status-by-unit': statusByUnit as View<object>,
  'jurisdiction-comparison': jurisdictionComparison as View<object>,
  'task-overview': taskOverview as View<object>,
};

const ATTRIBUTES = ['view', 'src', 'jurisdiction', 'period', 'lang', 'theme'] as const;

const STYLE = `:host{display:block;contain:content;font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;color:inherit}
.chart{width:100%;height:var(--luoshi-chart-height,360px)}
.error{border:1px solid #b3261e;color:#b3261e;padding:.75em;border-radius:4px;white-space:pre-wrap}
.table{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/** Escapes text for HTML: every string from data or the network goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `jurisdiction="海珠区"` takes a name or an id: the id the views want. */
function jurisdictionId(data: unknown, wanted: string | null): string | undefined {
  if (!wanted) return undefined;
  const list = (data as { jurisdictions?: Array<{ id?: unknown; name?: unknown }> })?.jurisdictions;
  const found = Array.isArray(list) ? list.find((j) => j?.id === wanted || j?.name === wanted) : undefined;
  return typeof found?.id === 'string' ? found.id : wanted;
}

/**
 * The `<luoshi-chart>` element. Attributes: `view` (bullet, gauge, trend, variance, status-by-unit,
 * jurisdiction-comparison, task-overview; default bullet), `src` (a Dataset's URL), `jurisdiction`
 * (name or id), `period`, `lang` (zh-CN or en; default zh-CN), `theme` (light or dark). Changing
 * any of them redraws. A click dispatches `luoshi-select` (bubbling, composed) with the ids.
 */
export class LuoshiChartElement extends HTMLElement {
  static readonly observedAttributes = [...ATTRIBUTES];
  #chart: ChartHandle<object> | undefined;
  #root: ShadowRoot;
  #data: unknown;
  #loadedFrom: string | null | undefined;
  #generation = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    void this.#render();
  }

  disconnectedCallback(): void {
    this.#chart?.dispose();
    this.#chart = undefined;
  }

  attributeChangedCallback(): void {
    if (this.isConnected) void this.#render();
  }

  /** The mounted chart, once drawn (for tests and pages that want `toImage`). */
  get chart(): ChartHandle<object> | undefined {
    return this.#chart;
  }

  async #load(): Promise<unknown> {
    const src = this.getAttribute('src');
    if (this.#loadedFrom === src && this.#data !== undefined) return this.#data;
    let text: string;
    if (src) {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      text = await response.text();
    } else {
      const inline = this.querySelector('script[type="application/json"]');
      if (!inline)
        throw new Error('no data: give a src attribute or a <script type="application/json"> child');
      text = inline.textContent ?? '';
    }
    try {
      this.#data = JSON.parse(text);
    } catch (error) {
      throw new Error(`${src ?? 'inline JSON'}: not JSON (${(error as Error).message})`);
    }
    this.#loadedFrom = src;
    return this.#data;
  }

  async #render(): Promise<void> {
    const generation = ++this.#generation;
    const en = (this.getAttribute('lang') ?? 'zh-CN').startsWith('en');
    let data: unknown;
    try {
      data = await this.#load();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#showError(`${en ? 'Cannot show the chart' : '无法显示图表'}: ${(error as Error).message}`);
      return;
    }
    if (generation !== this.#generation) return;
    const name = this.getAttribute('view') ?? 'bullet';
    const view = VIEWS[name];
    if (!view) {
      this.#showError(`${en ? 'Unknown view' : '未知视图'} "${name}" (${Object.keys(VIEWS).join(', ')})`);
      return;
    }
    const options = {
      locale: en ? 'en' : 'zh-CN',
      theme: this.getAttribute('theme') === 'dark' ? 'dark' : 'light',
      ...(this.getAttribute('period') ? { period: this.getAttribute('period')! } : {}),
      ...(jurisdictionId(data, this.getAttribute('jurisdiction'))
        ? { jurisdictionId: jurisdictionId(data, this.getAttribute('jurisdiction'))! }
        : {}),
    } as const;
    this.#chart?.dispose();
    this.#root.innerHTML = `<style>${STYLE}</style><div class="chart" part="chart"></div><div class="table" part="table"></div>`;
    const chart = mount(this.#root.querySelector<HTMLElement>('.chart')!, view, data, options);
    this.#chart = chart;
    // toTable escapes every string from the data.
    this.#root.querySelector('.table')!.innerHTML = toTable(chart.model);
    chart.on('select', (selection: Selection) => {
      this.dispatchEvent(
        new CustomEvent('luoshi-select', { detail: selection, bubbles: true, composed: true }),
      );
    });
  }

  #showError(message: string): void {
    this.#chart?.dispose();
    this.#chart = undefined;
    this.#root.innerHTML = `<style>${STYLE}</style><p class="error" role="alert" part="error">${escapeHtml(message)}</p>`;
  }
}
