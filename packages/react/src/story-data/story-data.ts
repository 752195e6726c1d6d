// The data states designers must see, for the stories (not built into the package): the real
// Guangzhou dataset, and small datasets made from it or written here that show one state each.
// Figures written here are hypothetical and say so in their titles; they exist to draw a status.
import { SCHEMA_VERSION, type Dataset } from '@luoshi/core';
import { guangzhouDataset } from '@luoshi/fixtures';

/** The Guangzhou dataset (Haizhu 2023–2025, Yuexiu 2023–2024), from the real documents. */
export const guangzhou: Dataset = guangzhouDataset();

/** What luoshi suggested about Guangzhou's tasks: dropped wherever the tasks are replaced. */
const noSuggestions = { taskLinks: [], evidence: [], statusSuggestions: [] };

/** Guangzhou with no targets, actuals or tasks: every chart's empty state. */
export const empty: Dataset = { ...guangzhou, ...noSuggestions, targets: [], observations: [], tasks: [] };

/** Not a Dataset: every chart's error state, which names the JSON path that is wrong. */
export const invalid: unknown = { schemaVersion: SCHEMA_VERSION, targets: [{ id: 7, value: '五' }] };

/** A string that is markup, put in every name: it must show as text, never run. */
export const MALICIOUS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** Guangzhou with every task, indicator, unit and jurisdiction named {@link MALICIOUS}. */
export const malicious: Dataset = {
  ...guangzhou,
  indicators: guangzhou.indicators.map((item) => ({ ...item, name: MALICIOUS, nameEn: MALICIOUS })),
  units: guangzhou.units.map((item) => ({ ...item, name: MALICIOUS })),
  jurisdictions: guangzhou.jurisdictions.map((item) => ({ ...item, name: MALICIOUS, nameEn: MALICIOUS })),
  tasks: guangzhou.tasks.map((item) => ({ ...item, text: `${MALICIOUS}${item.text}` })),
};

const LONG = '广州市海珠区琶洲人工智能与数字经济试验区核心片区重点产业项目固定资产投资完成额';

/** Guangzhou with 40-character Chinese names on every indicator and unit. */
export const longLabels: Dataset = {
  ...guangzhou,
  indicators: guangzhou.indicators.map((item, i) => ({ ...item, name: `${LONG}${i + 1}` })),
  units: guangzhou.units.map((item, i) => ({
    ...item,
    name: `${LONG.slice(0, 24)}工作领导小组办公室${i + 1}`,
  })),
};

/** Guangzhou with names that mix Chinese and English (GDP增速, AI+产业). */
export const mixedLanguage: Dataset = {
  ...guangzhou,
  indicators: guangzhou.indicators.map((item, i) => ({
    ...item,
    name: i % 2 === 0 ? `${item.name} (${item.nameEn ?? 'GDP'})` : `AI+${item.name}`,
  })),
};

/**
 * One district, one year, one target per status: exceeded, met, near, missed, a decrease that is
 * good, 左右, a range, and one still pending (no actual yet). Hypothetical figures.
 */
export const statuses: Dataset = (() => {
  const jurisdictionId = 'demo';
  const indicator = (
    id: string,
    name: string,
    nameEn: string,
    direction: 'increase' | 'decrease' | 'target' = 'increase',
  ) => ({
    id,
    name,
    nameEn,
    unit: '%',
    aliases: [],
    direction,
  });
  const target = (id: string, comparator: string, value: number, max?: number) => ({
    id: `t-${id}`,
    indicatorId: id,
    jurisdictionId,
    period: '2025',
    measure: 'growth',
    comparator,
    value,
    ...(max === undefined ? {} : { max }),
    unit: '%',
    strength: 'expected',
    basis: 'unspecified',
  });
  const actual = (id: string, value: number) => ({
    id: `o-${id}`,
    indicatorId: id,
    jurisdictionId,
    period: '2025',
    measure: 'growth',
    value,
    unit: '%',
    basis: 'unspecified',
    cumulative: false,
    estimate: false,
  });
  return {
    ...guangzhou,
    ...noSuggestions,
    title: '示例：每种状态一个目标（假设数据）',
    jurisdictions: [{ id: jurisdictionId, name: '示例区', nameEn: 'Sample District', level: 'district' }],
    reports: [],
    units: [],
    tasks: [],
    indicators: [
      indicator('exceeded', '地区生产总值增速（超额）', 'GDP growth (exceeded)'),
      indicator('met', '社会消费品零售总额增速（完成）', 'Retail sales growth (met)'),
      indicator('near', '固定资产投资增速（接近）', 'Fixed-asset investment growth (near)'),
      indicator('missed', '进出口总值增速（未完成）', 'Trade growth (missed)'),
      indicator(
        'decrease',
        '单位地区生产总值能耗降低（越低越好）',
        'Energy per unit of GDP (lower is better)',
        'decrease',
      ),
      indicator('approx', '居民消费价格涨幅（左右）', 'Consumer prices (about)', 'target'),
      indicator('range', '城镇调查失业率（区间）', 'Surveyed unemployment (range)', 'target'),
      indicator('pending', '一般公共预算收入增速（待公布）', 'Budget revenue growth (pending)'),
    ],
    targets: [
      target('exceeded', 'eq', 5.5),
      target('met', 'eq', 5.0),
      target('near', 'gte', 10),
      target('missed', 'eq', 6.0),
      target('decrease', 'lte', 3.0),
      target('approx', 'approx', 2.0),
      target('range', 'range', 5.0, 5.5),
      target('pending', 'eq', 1.0),
    ],
    observations: [
      actual('exceeded', 6.8),
      actual('met', 5.0),
      actual('near', 9.6),
      actual('missed', 2.1),
      actual('decrease', 2.6),
      actual('approx', 2.1),
      actual('range', 5.2),
    ],
  } as unknown as Dataset;
})();

/** 120 responsible units with tasks in every status (hypothetical), for the units chart at scale. */
export const manyUnits: Dataset = (() => {
  const report = guangzhou.reports.find((item) => guangzhou.tasks.some((task) => task.reportId === item.id))!;
  const units = Array.from({ length: 120 }, (_, i) => ({
    id: `many-u${i + 1}`,
    jurisdictionId: report.jurisdictionId,
    name: `第${i + 1}责任单位`,
    aliases: [],
  }));
  const cycle = ['completed', 'on-track', 'at-risk', 'ongoing', 'not-started', 'partly-completed'];
  const tasks = Array.from({ length: 480 }, (_, i) => ({
    ...guangzhou.tasks[0]!,
    id: `many-t${i + 1}`,
    reportId: report.id,
    seq: i + 1,
    text: `重点任务${i + 1}`,
    leadUnitIds: [units[i % 120]!.id],
    supportUnitIds: [],
    previousTaskIds: [],
    statusHistory: [{ status: cycle[(i * 7) % cycle.length], asOf: '2025-Q2' }],
  }));
  return {
    ...guangzhou,
    ...noSuggestions,
    units: [...guangzhou.units, ...units],
    tasks,
  } as unknown as Dataset;
})();
