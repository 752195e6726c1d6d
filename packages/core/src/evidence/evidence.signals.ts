/**
 * The verbs that say what became of a task, as a review section writes them: completion (建成,
 * 完成, 竣工, 开业, 投入运营, 交付, 封顶 …) or progress (加快, 推进, 启动, 动工 …).
 */

/** What the verbs near a task's words signal. */
export type EvidenceSignal = 'completion' | 'progress' | 'none';

/** Verbs that say the work is done. Longer forms first is not needed: all are searched. */
export const COMPLETION_VERBS: readonly string[] = [
  '建成',
  '完成',
  '竣工',
  '完工',
  '开业',
  '投入运营',
  '正式运营',
  '开业运营',
  '投入使用',
  '交付',
  '交楼',
  '封顶',
  '落成',
  '通车',
  '开通',
  '投产',
  '上线',
  '成立',
  '落户',
  '收官',
  '开园',
  '开放',
  '挂牌',
  '获批',
  '新增',
];

/** Verbs that say the work is under way. */
export const PROGRESS_VERBS: readonly string[] = [
  '加快',
  '推进',
  '启动',
  '动工',
  '开工',
  '开展',
  '推动',
  '加速',
  '施工',
  '实施',
  '深化',
  '在建',
  '续建',
];

/**
 * Verbs that, found in the task's own text and again in a review's sentence about it, say the
 * task was done: a task to 发布 a standard and a review that 发布 it.
 */
export const ECHO_VERBS: readonly string[] = [
  '发布',
  '出台',
  '设立',
  '成立',
  '举办',
  '印发',
  '引入',
  '引进',
  '组建',
  '建立',
  '制定',
  '创建',
  '办好',
  '动工',
  '开工',
  '启动',
];

/** Words after a verb that make it a noun (实施细则, 建设方案, 改造计划): no act is reported. */
const NOUN_AFTER = /^(细则|方案|意见|办法|计划|规划|路径|清单|主体|单位|机制)/;

/** Words before a verb that deny it (未完成, 尚未开工). */
const NEGATION = /(未|尚未|没有|不|暂未|待)$/;

/** The verbs of `list` found in `text`, in list order, each once; negated ones and nouns (实施细则) left out. */
export function findVerbs(text: string, list: readonly string[]): string[] {
  const found: string[] = [];
  for (const verb of list) {
    let at = text.indexOf(verb);
    while (at >= 0) {
      const after = text.slice(at + verb.length, at + verb.length + 2);
      if (!NEGATION.test(text.slice(Math.max(0, at - 2), at)) && !NOUN_AFTER.test(after)) {
        found.push(verb);
        break;
      }
      at = text.indexOf(verb, at + verb.length);
    }
  }
  // 投入运营 also holds 运营-less verbs; a shorter verb inside a longer one found is not repeated.
  return found.filter((v) => !found.some((w) => w !== v && w.includes(v)));
}

/** Tasks that never end (持续…, 深化…, 常态化…): done this year means going on, not completed. */
const CONTINUOUS = /^(持续|深化|深入|常态化|坚决|加强|健全|完善|落实|强化|坚持)|持续|常态化/;

/** Whether a task is work that goes on every year rather than a project that ends. */
export function isContinuousTask(text: string): boolean {
  return CONTINUOUS.test(text.trim());
}
