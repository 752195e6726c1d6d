// The data states every view is drawn in by the layout test and the golden images: the Guangzhou
// dataset, and datasets generated from core's record types that push each layout rule to its edge
// (one row, 120 rows, 40-character names, every target pending, every target met, a mix).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  SCHEMA_VERSION,
  type DatasetInput,
  type Indicator,
  type Jurisdiction,
  type Observation,
  type Target,
  type Task,
  type TaskStatus,
  type Unit,
} from '@luoshi/core';

/** The names of the data states, in the order they are drawn. */
export const LAYOUT_STATES = [
  'guangzhou',
  'one-row',
  'rows-120',
  'long-names',
  'all-pending',
  'all-met',
  'mixed',
] as const;
export type LayoutState = (typeof LAYOUT_STATES)[number];

const GUANGZHOU = fileURLToPath(new URL('../../../fixtures/data/guangzhou.json', import.meta.url));

/** 40 characters of Chinese and of English: the longest names the views must survive. */
const LONG_ZH = '广州市海珠区琶洲人工智能与数字经济试验区核心片区重点产业项目固定资产投资完成额统计';
const LONG_EN = 'Pazhou AI and digital economy zone fixed-asset investment total';

function long(text: string, i: number): string {
  const tag = String(i + 1);
  return (text.slice(0, 40 - tag.length) + tag).slice(0, 40);
}

/** What a generated dataset holds: how many rows of each kind, their names, and how targets fare. */
interface Plan {
  rows: number;
  outcome: 'pending' | 'met' | 'mixed';
  longNames: boolean;
}

const PLANS: Record<Exclude<LayoutState, 'guangzhou'>, Plan> = {
  'one-row': { rows: 1, outcome: 'mixed', longNames: false },
  'rows-120': { rows: 120, outcome: 'mixed', longNames: false },
  'long-names': { rows: 8, outcome: 'mixed', longNames: true },
  'all-pending': { rows: 8, outcome: 'pending', longNames: false },
  'all-met': { rows: 8, outcome: 'met', longNames: false },
  mixed: { rows: 12, outcome: 'mixed', longNames: false },
};

/** Indicator kinds cycled through the rows: a rate, a level in 亿元, a count, a level in 万人. */
const KINDS = [
  { zh: '地区生产总值', en: 'GDP', unit: '亿元', rate: true, base: 5.5, level: 3008.35 },
  { zh: '固定资产投资', en: 'Fixed-asset investment', unit: '亿元', rate: false, base: 10, level: 700 },
  { zh: '新建学校', en: 'New schools', unit: '个', rate: false, base: 3, level: 3 },
  { zh: '城镇新增就业', en: 'New urban jobs', unit: '万人', rate: false, base: 3.2, level: 3.2 },
  {
    zh: '一般公共预算收入',
    en: 'General public budget revenue',
    unit: '亿元',
    rate: true,
    base: 1,
    level: 69.81,
  },
] as const;

const TASK_CYCLE: TaskStatus[] = [
  'completed',
  'on-track',
  'at-risk',
  'not-started',
  'ongoing',
  'partly-completed',
  'unknown',
];

/** An actual that lands the target in the outcome asked for (met, or a cycle of met/near/missed/exceeded). */
function actualFor(target: number, outcome: Plan['outcome'], i: number, rate: boolean): number | undefined {
  if (outcome === 'pending') return undefined;
  if (outcome === 'met') return rate ? target + 0.2 : Math.round(target * 1.05 * 100) / 100;
  const shifts = rate ? [0.3, -0.1, -1.6, 1.4, 0] : [0.05, -0.01, -0.2, 0.3, 0];
  const shift = shifts[i % shifts.length]!;
  if (i % 6 === 5) return undefined; // some targets still pending in a mix
  return rate ? Math.round((target + shift) * 10) / 10 : Math.round(target * (1 + shift) * 100) / 100;
}

function generated(state: Exclude<LayoutState, 'guangzhou'>): DatasetInput {
  const plan = PLANS[state];
  const n = plan.rows;
  const name = (zh: string, en: string, i: number) =>
    plan.longNames ? { name: long(LONG_ZH, i), nameEn: long(LONG_EN, i) } : { name: zh, nameEn: en };
  const jurisdictions: Jurisdiction[] = [{ id: 'city', name: '广州市', nameEn: 'Guangzhou', level: 'city' }];
  // The comparison needs districts: as many as rows (at least two so that a rank can be drawn).
  const districts = Math.max(n, 1);
  for (let d = 0; d < districts; d += 1) {
    jurisdictions.push({
      id: `d${d}`,
      level: 'district',
      parentId: 'city',
      ...name(`第${d + 1}区`, `District ${d + 1}`, d),
    });
  }
  const indicators: Indicator[] = [];
  const targets: Target[] = [];
  const observations: Observation[] = [];
  const observe = (
    indicatorId: string,
    jurisdictionId: string,
    period: string,
    measure: 'growth' | 'level' | 'count',
    value: number,
    unit: string,
  ) =>
    observations.push({
      id: `o-${indicatorId}-${jurisdictionId}-${period}-${measure}`,
      indicatorId,
      jurisdictionId,
      period,
      measure,
      value,
      unit,
      basis: 'unspecified',
      cumulative: false,
      estimate: false,
    } as Observation);
  for (let i = 0; i < n; i += 1) {
    const kind = KINDS[i % KINDS.length]!;
    const id = `ind${i}`;
    const suffix = n > KINDS.length ? `（${Math.floor(i / KINDS.length) + 1}）` : '';
    const suffixEn = n > KINDS.length ? ` (${Math.floor(i / KINDS.length) + 1})` : '';
    indicators.push({
      id,
      unit: kind.unit,
      direction: 'increase',
      aliases: [],
      ...name(kind.zh + suffix, kind.en + suffixEn, i),
    } as Indicator);
    const measure = kind.rate ? 'growth' : kind.unit === '个' ? 'count' : 'level';
    const unit = kind.rate ? '%' : kind.unit;
    const value = kind.rate ? kind.base : kind.level;
    targets.push({
      id: `t${i}`,
      indicatorId: id,
      jurisdictionId: 'd0',
      period: '2025',
      measure,
      comparator: i % 3 === 1 ? 'gte' : 'eq',
      value,
      unit,
      strength: 'expected',
      basis: 'unspecified',
      source: { reportId: 'r-plan', quote: `${kind.zh}${value}${unit}`, offset: 0 },
    } as Target);
    const actual = actualFor(value, plan.outcome, i, kind.rate);
    if (actual !== undefined) observe(id, 'd0', '2025', measure, actual, unit);
    // Last year's actual: what a pending target is read against.
    observe(id, 'd0', '2024', measure, kind.rate ? value - 0.3 : Math.round(value * 0.9 * 100) / 100, unit);
  }
  // The trend's series: GDP growth of d0 over `n` years (at least two), a target in each.
  const years = Math.max(n, 2);
  for (let y = 0; y < years; y += 1) {
    const period = String(2025 - years + 1 + y);
    if (period === '2025' || period === '2024') continue;
    observe('ind0', 'd0', period, 'growth', Math.round((5 + ((y * 7) % 11) / 5) * 10) / 10, '%');
    targets.push({
      id: `trend-${period}`,
      indicatorId: 'ind0',
      jurisdictionId: 'd0',
      period,
      measure: 'growth',
      comparator: 'approx',
      value: 6,
      unit: '%',
      strength: 'expected',
      basis: 'unspecified',
      source: { reportId: 'r-plan', quote: '增长6%左右', offset: 0 },
    } as Target);
  }
  // Every district's GDP growth target and actual for 2025: the comparison's rows.
  for (let d = 1; d < districts; d += 1) {
    const target = 4 + (d % 5) * 0.5;
    targets.push({
      id: `cmp-${d}`,
      indicatorId: 'ind0',
      jurisdictionId: `d${d}`,
      period: '2025',
      measure: 'growth',
      comparator: 'eq',
      value: target,
      unit: '%',
      strength: 'expected',
      basis: 'unspecified',
      source: { reportId: 'r-plan', quote: `增长${target}%`, offset: 0 },
    } as Target);
    const actual = actualFor(target, plan.outcome, d, true);
    if (actual !== undefined) observe('ind0', `d${d}`, '2025', 'growth', actual, '%');
  }
  // Tasks: one lead unit per row, one category per row, two or three tasks each.
  const units: Unit[] = [];
  const tasks: Task[] = [];
  let seq = 0;
  const suggestions: unknown[] = [];
  for (let u = 0; u < n; u += 1) {
    units.push({
      id: `u${u}`,
      jurisdictionId: 'd0',
      aliases: [],
      name: plan.longNames ? long(LONG_ZH, u) : `区第${u + 1}局`,
    } as Unit);
    const category = plan.longNames ? long(LONG_ZH, u + 20) : `第${u + 1}类工作`;
    for (let k = 0; k < 2 + (u % 2); k += 1) {
      seq += 1;
      const status: TaskStatus =
        plan.outcome === 'met'
          ? 'completed'
          : plan.outcome === 'pending'
            ? 'unknown'
            : TASK_CYCLE[(u + k) % TASK_CYCLE.length]!;
      const id = `task${seq}`;
      tasks.push({
        id,
        reportId: 'r-tasks',
        seq,
        text: `第${seq}项重点任务`,
        category,
        leadUnitIds: [`u${u}`],
        supportUnitIds: [],
        targetIds: [],
        statusHistory: status === 'unknown' ? [] : [{ status, asOf: '2025-06-30' }],
        previousTaskIds: [],
      } as Task);
      // With no recorded status, what luoshi suggests from the evidence (every other task).
      if (status === 'unknown' && seq % 2 === 0) {
        suggestions.push({
          taskId: id,
          reportId: 'r-plan',
          asOf: '2025',
          status: seq % 4 === 0 ? 'completed' : 'on-track',
          confidence: 0.5,
          basis: seq % 4 === 0 ? 'completion' : 'progress',
          evidence: [],
          explanation: { zh: '生成的建议', en: 'a generated suggestion' },
        });
      }
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    jurisdictions,
    reports: [
      {
        id: 'r-plan',
        jurisdictionId: 'd0',
        kind: 'plan-report',
        title: '2025年计划草案的报告',
        planYear: 2025,
        reviewYear: 2024,
      },
      {
        id: 'r-tasks',
        jurisdictionId: 'd0',
        kind: 'task-division',
        title: plan.longNames ? long(LONG_ZH, 99) : '区政府2025年重点工作及责任分工',
        planYear: 2025,
      },
    ],
    units,
    indicators,
    targets,
    observations,
    tasks,
    statusSuggestions: suggestions,
  } as DatasetInput;
}

let guangzhou: DatasetInput | undefined;

/** The dataset of a data state (a fresh copy each call). */
export function layoutDataset(state: LayoutState): DatasetInput {
  if (state === 'guangzhou') {
    guangzhou ??= JSON.parse(readFileSync(GUANGZHOU, 'utf8')) as DatasetInput;
    return structuredClone(guangzhou);
  }
  return generated(state);
}
