// The dashboard's own labels, in zh-CN (the default) and English. Figures, statuses and explanations
// come from @luoshi/core and @luoshi/charts in the same two languages.
export type Lang = 'zh' | 'en';

const messages = {
  title: { zh: '落实 · 政府承诺落实看板', en: 'Luoshi · Was it delivered?' },
  subtitle: {
    zh: '政府工作报告的目标、责任单位与完成情况',
    en: 'Targets of government work reports, who is responsible, and what was delivered',
  },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  nav: { zh: '主导航', en: 'Main navigation' },
  overview: { zh: '总览', en: 'Overview' },
  tasks: { zh: '重点任务', en: 'Tasks' },
  task: { zh: '任务详情', en: 'Task' },
  followThrough: { zh: '落实跟踪', en: 'Follow-through' },
  units: { zh: '责任单位', en: 'Units' },
  compare: { zh: '区际比较', en: 'Compare' },
  import: { zh: '导入文件', en: 'Import' },
  jurisdiction: { zh: '行政区', en: 'Jurisdiction' },
  year: { zh: '年度', en: 'Year' },
  language: { zh: '语言', en: 'Language' },
  theme: { zh: '配色', en: 'Theme' },
  light: { zh: '浅色', en: 'Light' },
  dark: { zh: '深色', en: 'Dark' },
  print: { zh: '打印', en: 'Print' },
  actual: { zh: '实绩', en: 'Actual' },
  target: { zh: '目标', en: 'Target' },
  status: { zh: '状态', en: 'Status' },
  gap: { zh: '差距', en: 'Gap' },
  vsLastYear: { zh: '比上年', en: 'vs last year' },
  nextTarget: { zh: '下年目标', en: "Next year's target" },
  noTarget: { zh: '该年无目标数据', en: 'No target for this year in the dataset' },
  noActual: { zh: '尚无实绩', en: 'No actual yet' },
  headline: { zh: '主要指标', en: 'Headline indicators' },
  targetsOfYear: { zh: '年度目标', en: "The year's targets" },
  trend: { zh: '历年走势', en: 'Over the years' },
  ambition: { zh: '新一年目标的力度', en: "Ambition of the new year's targets" },
  progress: { zh: '年内进度', en: 'Progress through the year' },
  noProgress: {
    zh: '数据集中没有年内（季度、月度）累计实绩。',
    en: 'The dataset holds no year-to-date (quarterly or monthly) actuals.',
  },
  holds: { zh: '本看板所用文件', en: 'Documents this dashboard holds' },
  source: { zh: '来源', en: 'Source' },
  exportPng: { zh: '保存 PNG', en: 'Save PNG' },
  exportSvg: { zh: '保存 SVG', en: 'Save SVG' },
  showTable: { zh: '数据表', en: 'Data table' },
  search: { zh: '搜索任务', en: 'Search tasks' },
  unit: { zh: '责任单位', en: 'Unit' },
  allUnits: { zh: '全部单位', en: 'All units' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  category: { zh: '类别', en: 'Category' },
  allCategories: { zh: '全部类别', en: 'All categories' },
  hasTarget: { zh: '含量化目标', en: 'Has a quantitative target' },
  carriedOver: { zh: '延续上年', en: 'Carried over' },
  taskList: { zh: '任务清单', en: 'Task list' },
  shown: { zh: '显示', en: 'Showing' },
  of: { zh: '/', en: 'of' },
  seq: { zh: '序号', en: 'No.' },
  text: { zh: '任务内容', en: 'Task' },
  leadUnits: { zh: '牵头单位', en: 'Lead units' },
  supportUnits: { zh: '配合单位', en: 'Support units' },
  targetsInText: { zh: '任务中的量化目标', en: 'Targets read from its text' },
  lineage: { zh: '前后年度的对应任务', en: "Last and next year's matching task" },
  predecessor: { zh: '上年对应任务', en: "Last year's task" },
  successor: { zh: '下年对应任务', en: "Next year's task" },
  sharedTerms: { zh: '共同词语', en: 'Shared terms' },
  score: { zh: '相似度', en: 'Score' },
  history: { zh: '状态记录', en: 'Status history' },
  evidence: { zh: '证据摘录', en: 'Evidence' },
  suggested: { zh: '建议状态', en: 'Suggested status' },
  recorded: { zh: '已确认', en: 'Recorded' },
  none: { zh: '无', en: 'None' },
  notFound: { zh: '找不到该任务', en: 'No such task' },
  record: { zh: '确认状态', en: 'Record a status' },
  note: { zh: '备注', en: 'Note' },
  date: { zh: '日期', en: 'Date' },
  save: { zh: '保存', en: 'Save' },
  saved: { zh: '已保存', en: 'Saved' },
  followIntro: {
    zh: '上一年度的任务后来怎样了：是否在新一年延续、是否有完成的证据。建议状态由程序给出，请人工确认或修改。',
    en: "What became of last year's tasks: carried into the new year or not, and evidence of delivery. Suggested statuses come from luoshi; a person confirms or changes them.",
  },
  carried: { zh: '延续到下年', en: 'Carried over' },
  notRepeated: { zh: '下年未再列出', en: 'Not repeated' },
  noFollow: {
    zh: '该行政区与年度没有可跟踪的上年任务。',
    en: 'No earlier tasks to follow for this jurisdiction and year.',
  },
  unitsIntro: {
    zh: '每个责任单位牵头的任务及其状态；更名的单位合并显示。',
    en: 'Every responsible unit with the tasks it leads and their statuses; a renamed body is shown as one.',
  },
  alsoKnown: { zh: '曾用名', en: 'Also known as' },
  total: { zh: '合计', en: 'Total' },
  compareIntro: {
    zh: '只比较各区都公布的同一指标、同一口径、同一年度。',
    en: 'Only like against like: the same indicator, measure and year reported by every district shown.',
  },
  ranking: { zh: '排名', en: 'Ranking' },
  noCommon: { zh: '没有可比的共同指标。', en: 'No indicator both districts report for this year.' },
  importIntro: {
    zh: '粘贴或上传任务分工、工作报告或计划报告（UTF-8 或 GB18030）。在浏览器中解析，不上传到任何服务器。',
    en: 'Paste or upload a task list, work report or plan report (UTF-8 or GB18030). It is parsed in your browser and sent nowhere.',
  },
  paste: { zh: '粘贴文本', en: 'Paste text' },
  upload: { zh: '上传文件', en: 'Upload a file' },
  kind: { zh: '文件类型', en: 'Kind of document' },
  auto: { zh: '自动识别', en: 'Recognise it' },
  taskDivision: { zh: '任务分工', en: 'Task list' },
  workReport: { zh: '政府工作报告', en: 'Work report' },
  planReport: { zh: '计划报告', en: 'Plan report' },
  parse: { zh: '解析并加入', en: 'Parse and add' },
  parsing: { zh: '正在解析', en: 'Parsing' },
  diagnostics: { zh: '诊断信息', en: 'Diagnostics' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  imported: {
    zh: '已导入：{tasks} 项任务、{targets} 个目标、{actuals} 项实绩',
    en: 'Imported: {tasks} tasks, {targets} targets, {actuals} actuals',
  },
  yourImports: { zh: '已导入的文件', en: 'Your imported documents' },
  remove: { zh: '删除', en: 'Remove' },
  exportDataset: { zh: '导出数据集 JSON', en: 'Export Dataset JSON' },
  importDataset: { zh: '导入数据集 JSON', en: 'Import Dataset JSON' },
  datasetHint: {
    zh: '导出的文件可用 luoshi check 校验，也可在此重新导入。',
    en: 'The exported file passes `luoshi check` and can be imported here again.',
  },
  failed: { zh: '解析失败', en: 'Could not parse' },
  loading: { zh: '加载中…', en: 'Loading…' },
  encoding: { zh: '编码', en: 'Encoding' },
} as const;

/** A label key of the dashboard. */
export type MessageKey = keyof typeof messages;

/** The label in a language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  let text: string = messages[key][lang];
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** The locale @luoshi/core and @luoshi/charts take. */
export const localeOf = (lang: Lang) => (lang === 'en' ? 'en' : 'zh-CN') as 'en' | 'zh-CN';

/** A core `Localized` text in a language. */
export const pickText = (lang: Lang, text: { zh: string; en: string } | undefined) =>
  text === undefined ? '' : lang === 'en' ? text.en : text.zh;
