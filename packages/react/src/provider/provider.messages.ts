import type { Locale } from '@luoshi/core';

/**
 * Every string the dashboard blocks show, in one object per language, so that a block never holds a
 * literal and English is complete wherever Chinese is. Functions take the figures they interpolate.
 */
export interface Messages {
  // Shared
  empty: string;
  /** The colon after a label: `：` in Chinese, `: ` in English. */
  colon: string;
  none: string;
  suggested: string;
  suggestedTag: string;
  recorded: string;
  source: string;
  // IndicatorCard
  target: string;
  actual: string;
  pendingActual: string;
  changeVsLastYear: (change: string) => string;
  noPriorYear: string;
  trendOf: (name: string, values: string[]) => string;
  previousActual: (period: string, figure: string) => string;
  // TaskTable
  taskTable: string;
  search: string;
  filters: string;
  searchPlaceholder: string;
  allUnits: string;
  allStatuses: string;
  allCategories: string;
  allYears: string;
  unit: string;
  status: string;
  category: string;
  year: string;
  taskNumber: string;
  task: string;
  leadUnits: string;
  supportUnits: string;
  targets: string;
  lineage: string;
  rowsShown: (shown: number, total: number) => string;
  sortAscending: string;
  sortDescending: string;
  sortNone: string;
  sortBy: (column: string) => string;
  clearFilters: string;
  noMatch: string;
  predecessorLink: (kind: string, number: string, score: string) => string;
  lineageKind: Record<'continued' | 'expanded' | 'new' | 'carried-over' | 'not-repeated', string>;
  // UnitLeaderboard
  unitLeaderboard: string;
  rank: string;
  tasks: string;
  completedShare: string;
  behind: string;
  // ComparisonTable
  comparisonTable: string;
  indicator: string;
  period: string;
  gap: string;
  evaluation: string;
  explanation: string;
  jurisdiction: string;
  // FollowThroughList
  followThrough: string;
  evidence: string;
  noEvidence: string;
  confirm: string;
  change: string;
  save: string;
  cancel: string;
  note: string;
  date: string;
  confirmedAs: (status: string, date: string) => string;
  chooseStatus: string;
  confidence: (score: string) => string;
  confirmSuggestion: (status: string) => string;
  atLine: (line: number) => string;
  decidedCount: (decided: number, total: number) => string;
}

const zh: Messages = {
  empty: '暂无数据',
  colon: '：',
  none: '—',
  suggested: '建议',
  suggestedTag: '（建议）',
  recorded: '已记录',
  source: '来源',
  target: '目标',
  actual: '实际',
  pendingActual: '实际值待公布',
  changeVsLastYear: (change) => `比上年 ${change}`,
  noPriorYear: '无上年数据',
  trendOf: (name, values) => `${name}走势：${values.join('，')}`,
  previousActual: (period, figure) => `（${period}：${figure}）`,
  taskTable: '重点任务',
  search: '搜索',
  filters: '筛选',
  searchPlaceholder: '搜索任务、单位、目标…',
  allUnits: '全部单位',
  allStatuses: '全部状态',
  allCategories: '全部类别',
  allYears: '全部年度',
  unit: '单位',
  status: '状态',
  category: '类别',
  year: '年度',
  taskNumber: '序号',
  task: '任务',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  targets: '目标',
  lineage: '延续情况',
  rowsShown: (shown, total) => `共 ${total} 项，显示 ${shown} 项`,
  sortAscending: '升序',
  sortDescending: '降序',
  sortNone: '未排序',
  sortBy: (column) => `按${column}排序`,
  clearFilters: '清除筛选',
  noMatch: '没有符合条件的任务',
  predecessorLink: (kind, number, score) => `${kind}：上年第${number}项（相似度 ${score}）`,
  lineageKind: {
    continued: '延续',
    expanded: '扩展',
    new: '新增',
    'carried-over': '已延续',
    'not-repeated': '未再列入',
  },
  unitLeaderboard: '单位排行',
  rank: '排名',
  tasks: '任务数',
  completedShare: '完成率',
  behind: '滞后',
  comparisonTable: '目标与实际',
  indicator: '指标',
  period: '期间',
  gap: '差距',
  evaluation: '评估',
  explanation: '说明',
  jurisdiction: '地区',
  followThrough: '上年任务落实情况',
  evidence: '依据',
  noEvidence: '未找到依据',
  confirm: '确认',
  change: '修改',
  save: '保存',
  cancel: '取消',
  note: '备注',
  date: '日期',
  confirmedAs: (status, date) => `已确认为“${status}”（${date}）`,
  chooseStatus: '选择状态',
  confidence: (score) => `置信度 ${score}`,
  confirmSuggestion: (status) => `确认为“${status}”`,
  atLine: (line) => `，第${line}行`,
  decidedCount: (decided, total) => `共 ${total} 项，已确认 ${decided} 项`,
};

const en: Messages = {
  empty: 'No data',
  colon: ': ',
  none: '—',
  suggested: 'Suggested',
  suggestedTag: '(suggested)',
  recorded: 'Recorded',
  source: 'Source',
  target: 'Target',
  actual: 'Actual',
  pendingActual: 'Actual not yet published',
  changeVsLastYear: (change) => `${change} vs last year`,
  noPriorYear: 'No figure for last year',
  trendOf: (name, values) => `Trend of ${name}: ${values.join(', ')}`,
  previousActual: (period, figure) => ` (${period}: ${figure})`,
  taskTable: 'Key tasks',
  search: 'Search',
  filters: 'Filters',
  searchPlaceholder: 'Search tasks, units, targets…',
  allUnits: 'All units',
  allStatuses: 'All statuses',
  allCategories: 'All categories',
  allYears: 'All years',
  unit: 'Unit',
  status: 'Status',
  category: 'Category',
  year: 'Year',
  taskNumber: 'No.',
  task: 'Task',
  leadUnits: 'Lead units',
  supportUnits: 'Support units',
  targets: 'Targets',
  lineage: 'Lineage',
  rowsShown: (shown, total) => `Showing ${shown} of ${total}`,
  sortAscending: 'ascending',
  sortDescending: 'descending',
  sortNone: 'not sorted',
  sortBy: (column) => `Sort by ${column}`,
  clearFilters: 'Clear filters',
  noMatch: 'No task matches these filters',
  predecessorLink: (kind, number, score) => `${kind}: last year's #${number} (similarity ${score})`,
  lineageKind: {
    continued: 'Continued',
    expanded: 'Expanded',
    new: 'New',
    'carried-over': 'Carried over',
    'not-repeated': 'Not repeated',
  },
  unitLeaderboard: 'Units ranked',
  rank: 'Rank',
  tasks: 'Tasks',
  completedShare: 'Completed',
  behind: 'Behind',
  comparisonTable: 'Targets and actuals',
  indicator: 'Indicator',
  period: 'Period',
  gap: 'Gap',
  evaluation: 'Evaluation',
  explanation: 'Explanation',
  jurisdiction: 'Jurisdiction',
  followThrough: "Follow-through of last year's tasks",
  evidence: 'Evidence',
  noEvidence: 'No evidence found',
  confirm: 'Confirm',
  change: 'Change',
  save: 'Save',
  cancel: 'Cancel',
  note: 'Note',
  date: 'Date',
  confirmedAs: (status, date) => `Confirmed as “${status}” (${date})`,
  chooseStatus: 'Choose a status',
  confidence: (score) => `confidence ${score}`,
  confirmSuggestion: (status) => `Confirm “${status}”`,
  atLine: (line) => `, line ${line}`,
  decidedCount: (decided, total) => `${decided} of ${total} confirmed`,
};

/** The shipped messages in zh-CN and en. */
export const defaultMessages: Readonly<Record<Locale, Messages>> = { 'zh-CN': zh, en };

/** The messages of a locale with a user's overrides (any key). */
export function resolveMessages(locale: Locale, overrides?: Partial<Messages>): Messages {
  const base = locale === 'en' ? en : zh;
  return overrides ? { ...base, ...overrides } : base;
}
