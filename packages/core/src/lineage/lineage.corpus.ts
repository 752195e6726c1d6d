import type { Task } from '../task/task.schema.js';

/** Two years of synthetic tasks and which older task each newer one continues. */
export interface TaskCorpus {
  older: Task[];
  newer: Task[];
  /** `predecessorOf[k]` is the index in `older` that newer task `k` continues, or -1 for a new task. */
  predecessorOf: Int32Array;
}

/** mulberry32: a small deterministic generator (same seed, same corpus, on every platform). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_CHARS =
  '琶洲沥滘康鹭华新仑头赤岗江海南箕官栈宝业金沙晓港凤阳素社瑞宝龙潭土华石溪泰沙园昌岗滨海幢素龙凤洪德逸景新港东晓穗花黄埔珠影工业大干围五凤红卫三滘东风聚德双桥敦和怡乐鹤洞芳村荔湾西华八合东银广重沙渡后航道海心上涌下渡'.split(
    '',
  );
const SUFFIXES = [
  '路',
  '街',
  '村',
  '片区',
  '产业园',
  '中心',
  '广场',
  '综合体',
  '项目',
  '工程',
  '大道',
  '湿地',
  '基地',
  '公园',
  '码头',
];
const VERBS = [
  '加快建设',
  '推动',
  '全力推进',
  '加快推进',
  '启动',
  '高标准打造',
  '持续提升',
  '完成',
  '建成',
  '推进',
  '稳妥有序推动',
  '深化',
];
const OBJECTS = [
  '改造提升',
  '建设',
  '更新改造',
  '招商运营',
  '配套设施建设',
  '品质提升',
  '开工建设',
  '连片开发',
  '征收工作',
  '数字化升级',
  '产业导入',
  '提质增效',
  '安置房建设',
  '道路贯通',
  '环境整治',
];
const TAILS = [
  '，形成一批示范项目',
  '，打造高质量发展新引擎',
  '，做优营商环境',
  '，带动产业集聚',
  '，力争全年取得新突破',
  '，推动数字经济发展',
  '，培育一批优质企业',
  '',
  '',
  '',
];
const UNITS = ['个', '家', '万平方米', '公里', '宗', '亿元'];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

function makeName(r: () => number): string {
  const length = r() < 0.6 ? 2 : 3;
  let stem = '';
  for (let i = 0; i < length; i++) stem += pick(NAME_CHARS, r);
  return stem + pick(SUFFIXES, r);
}

function phrase(names: string[], r: () => number): string {
  const figure = r() < 0.4 ? `${1 + Math.floor(r() * 60)}${pick(UNITS, r)}` : '';
  return `${pick(VERBS, r)}${names.join('、')}${pick(OBJECTS, r)}${figure}${pick(TAILS, r)}`;
}

function task(reportId: string, seq: number, text: string, unit: number): Task {
  return {
    id: `${reportId}-t${seq}`,
    reportId,
    seq,
    text,
    leadUnitIds: [`synthetic-u-${unit}`],
    supportUnitIds: [],
    targetIds: [],
    statusHistory: [],
    previousTaskIds: [],
  };
}

/**
 * Generates two years of `n` synthetic Chinese tasks each, deterministic for a `seed`: texts mix
 * names of places and projects (made of district place characters and endings such as 路, 片区,
 * 综合体) with policy boilerplate (加快建设, 推动, 一批, 高质量发展) and figures. About 60 % of the
 * newer tasks continue an older one (same names, other verbs, figures and tails); the rest are new.
 * Used to test and benchmark {@link matchTasks} at scale (100 000 × 100 000 in the benchmark).
 *
 * @example
 * ```ts
 * const { older, newer, predecessorOf } = generateTaskCorpus(100_000, 42);
 * const lineage = matchTasks(older, newer);
 * ```
 */
export function generateTaskCorpus(n: number, seed = 1): TaskCorpus {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`[@luoshi/core] generateTaskCorpus: n must be a non-negative integer (got ${n})`);
  }
  const r = random(seed);
  const olderNames: string[][] = [];
  const older: Task[] = [];
  for (let i = 0; i < n; i++) {
    const names = [makeName(r)];
    if (r() < 0.35) names.push(makeName(r));
    olderNames.push(names);
    older.push(task('synthetic-older', i + 1, phrase(names, r), Math.floor(r() * 60)));
  }
  // A random order so that continued tasks do not sit at the same index in both years.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const newer: Task[] = [];
  const predecessorOf = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const o = order[k] as number;
    let names: string[];
    if (r() < 0.6) {
      predecessorOf[k] = o;
      names = [...(olderNames[o] ?? [])];
      if (r() < 0.25) names.push(makeName(r));
    } else {
      names = [makeName(r)];
      if (r() < 0.35) names.push(makeName(r));
    }
    newer.push(task('synthetic-newer', k + 1, phrase(names, r), Math.floor(r() * 60)));
  }
  return { older, newer, predecessorOf };
}
