// A private bar chart that implements the View contract, so the runtime can be tested without the
// real views (and with data shaped for the runtime's cases: many categories, hostile names).
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import type { View, ViewModel } from '../../src/view/view.types.js';

export interface TestBarItem {
  id: string;
  label: string;
  value: number;
}

export interface TestBarData {
  items: TestBarItem[];
}

function isData(data: unknown): data is TestBarData {
  return typeof data === 'object' && data !== null && Array.isArray((data as TestBarData).items);
}

export const testBar: View<{ horizontal?: boolean }> = {
  name: 'test-bar',
  install: [BarChart, GridComponent, TooltipComponent, AriaComponent],
  build(data, options = {}): ViewModel {
    const items = isData(data) ? data.items : [];
    const en = options.locale === 'en';
    const description =
      (en ? 'Bars: ' : '柱：') + items.map((item) => `${item.label} ${item.value}`).join(', ');
    const category = { type: 'category' as const, data: items.map((item) => item.label) };
    const value = { type: 'value' as const };
    return {
      state: items.length === 0 ? 'empty' : 'ready',
      option: {
        animation: false,
        aria: { enabled: true, label: { description } },
        grid: { left: 48, right: 16, top: 24, bottom: 40 },
        tooltip: { trigger: 'item' },
        xAxis: options.horizontal ? value : category,
        yAxis: options.horizontal ? category : value,
        series: [
          {
            type: 'bar',
            name: en ? 'Actual' : '实际',
            data: items.map((item) => item.value),
            label: { show: items.length <= 30, position: 'top' },
            itemStyle: { color: options.theme === 'dark' ? '#7cb4ff' : '#2f6fd6' },
          },
        ],
      },
      description,
      table: {
        caption: en ? 'Bars' : '柱',
        columns: [
          { key: 'label', label: en ? 'Name' : '名称' },
          { key: 'value', label: en ? 'Value' : '数值', numeric: true },
        ],
        rows: items.map((item) => ({
          cells: [item.label, String(item.value)],
          selection: { kind: 'task', id: item.id },
        })),
      },
      tooltips: Object.fromEntries(
        items.map((item, index) => [`0:${index}`, `${item.label}\n${en ? 'Value' : '数值'}: ${item.value}`]),
      ),
      selections: Object.fromEntries(
        items.map((item, index) => [`0:${index}`, { kind: 'task' as const, id: item.id }]),
      ),
    };
  },
};

/** The name that must show as text everywhere. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** Three bars, the second one named with markup. */
export const sampleBars: TestBarData = {
  items: [
    { id: 't-1', label: '地区生产总值', value: 5.5 },
    { id: 't-2', label: HOSTILE_NAME, value: 3.2 },
    { id: 't-3', label: 'R&D "投入"', value: 7.1 },
  ],
};

/** `count` bars with distinct ids and values. */
export function manyBars(count: number): TestBarData {
  return {
    items: Array.from({ length: count }, (_, index) => ({
      id: `t-${index}`,
      label: `类别${index}`,
      value: (index % 17) + 1,
    })),
  };
}
