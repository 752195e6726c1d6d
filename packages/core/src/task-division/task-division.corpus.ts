/*
 * A generator of realistic task-division lists, for benchmarks: rows in the seeds' two layouts
 * with wrapped text, numbers alone on their line, units on lines of their own, several units per
 * cell (spaced or glued) and page headers repeated every few rows. Deterministic for a given size.
 */

const VERBS = [
  '加快推进',
  '全力打造',
  '持续提升',
  '深入实施',
  '力争引入',
  '推动',
  '建设',
  '完成',
  '支持培育',
  '启动',
];
const PLACES = [
  '琶洲试验区',
  '海珠湿地',
  '江南大道北',
  '新中轴片区',
  '广州塔南广场',
  '沥滘村',
  '华新科创岛',
  '小洲智造基地',
];
const OBJECTS = [
  '地下空间及交通路网等基础设施',
  '一批跨国公司地区总部、研发型企业',
  '“AI+时尚”“AI+新型工业化”等11个细分领域',
  '19个旧厂征收，贯通1.3公里起步区',
  '智算中心扩容，力争实现可调度算力6000P',
  '保障性租赁住房1.07万套',
  '2个复建住宅、1处公建配套',
  '“十字”秀场品质消费轴',
];
const TAILS = [
  '',
  '，擦亮“生态+科创+数字”的产业品牌',
  '，力争全年引进优质项目超180个',
  '。打造特色文化地标。',
];
const UNITS = [
  '区住建局',
  '区发改局',
  '区科工商信局',
  '区投资促进局',
  '琶洲管委会',
  '区城发集团',
  '区规划资源分局',
  '区政务和数据局',
  '区卫生健康局',
  '区委宣传部',
];
const STREETS = ['沙园街', '龙凤街', '赤岗街', '江海街', '南洲街', '滨江街', '海幢街', '凤阳街'];

/** A small deterministic PRNG (mulberry32): the same corpus for the same arguments. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Makes a task-division list of `rows` tasks, numbered 1..rows, laid out like
 * haizhu-2024-task-division (`'spaces'`: space columns, wrapped text, units on their own lines)
 * or haizhu-2025-task-division (`'tabs'`: one row per line, several units in a cell).
 */
export function generateTaskDivisionCorpus(rows: number, layout: 'spaces' | 'tabs'): string {
  const next = random(rows * 2 + (layout === 'tabs' ? 1 : 0));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = ['', `${2024 + (layout === 'tabs' ? 1 : 0)}年区政府重点工作及责任分工`, ''];
  const header = layout === 'tabs' ? '序号\t重点任务\t牵头单位' : '序号 重点任务 牵头单位';
  let untilHeader = 0;
  for (let seq = 1; seq <= rows; seq++) {
    if (untilHeader === 0) {
      out.push(header);
      if (layout === 'spaces') out.push('');
      untilHeader = 8 + Math.floor(next() * 30);
    }
    untilHeader--;
    const text = `${pick(VERBS)}${pick(PLACES)}${pick(OBJECTS)}${pick(TAILS)}`;
    const shape = next();
    const units =
      shape < 0.8
        ? [pick(UNITS)]
        : shape < 0.9
          ? [pick(UNITS), pick(STREETS)]
          : [pick(STREETS), pick(STREETS)];
    if (layout === 'tabs') {
      const cell = shape >= 0.9 ? units.join('') : units.join(' ');
      out.push(`${seq}\t${text}\t${cell}`);
      continue;
    }
    const lead = next() < 0.1 ? ' ' : '';
    if (units.length === 1 && text.length < 40 && shape < 0.7) {
      out.push(`${lead}${seq} ${text} ${units[0]}`, '');
      continue;
    }
    const cut = Math.max(4, Math.floor(text.length * (0.4 + next() * 0.3)));
    if (next() < 0.2) out.push(`${lead}${seq}`, text.slice(0, cut), '', text.slice(cut));
    else out.push(`${lead}${seq} ${text.slice(0, cut)}`, text.slice(cut), '');
    for (const unit of units) out.push(unit, '');
  }
  out.push('');
  return out.join('\n');
}
