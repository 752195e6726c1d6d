import { findVerbs } from './evidence.signals.js';

/** Where a task's words were found in a clause (offsets in the clause). */
export interface TermHit {
  start: number;
  end: number;
}

/** Heads that say nothing of what was done (…兑付工作, …品牌建设): the word before them is read. */
const GENERIC_HEAD = /(工作|建设|活动|任务|工程)$/;
/** Where one object of a verb ends and the next begins (A及B, A、B). */
const COORDINATION = /[及和与、,，;；]/;
/** 等 with a count closes an enumeration whose items modify what follows (A、B等5块用地). */
const ENUMERATION_END = /等[\d.一二三四五六七八九十百千万余多]+[个块项家座条所批处宗套类]/gu;
/** Words between a subject and its verb (智算中心正式运营, 大赛圆满收官, 已封顶). */
const ADVERB =
  /(已经|已|正式|圆满|顺利|全面|基本|率先|如期|首次|成功|全部|相继|陆续|均|全力|有序|加快|稳步)$/u;
/** The task's words end at most this far before a verb whose subject they are. */
const SUBJECT_REACH = 2;
/** A verb the task itself uses governs the task's words starting this close after it. */
const ECHO_REACH = 6;

/**
 * The verbs of `list` in `clause` that speak of the task, not of something else the clause
 * names. A verb counts when
 * - its subject is the task's: the head right before it (past adverbs) is in the task's text, or
 *   the task's words end there (广州塔广场开业运营, 复建安置房交楼), while in
 *   资产交易管理服务平台上线 a platform went live, not the pilot the task strives for;
 * - the head of its object — Chinese puts it last (…5块产业用地出让 → 出让) — is in the task's
 *   text, so 完成A、B等5块产业用地出让 completes a land sale, not task B;
 * - or the task uses the verb itself and the task's words follow it closely (深化64个禁毒示范创建).
 * A clause with no content word of the task (only generic ones like 中心) has no such verb; a
 * clause holding nearly all of the task (`wholeTask`: 开展…“育苗行动”奖励政策兑付工作 for 深入实施
 * “育苗行动”) speaks of it with every verb.
 *
 * @param clause the clause (or clause group) as written.
 * @param hits where the task's content words are in `clause`.
 * @param taskText the task's text, folded like the clause.
 */
export function verbsSpeakingOfTask(
  clause: string,
  hits: readonly TermHit[],
  taskText: string,
  list: readonly string[],
  options: { wholeTask?: boolean } = {},
): string[] {
  const found: string[] = [];
  // A clause sharing only generic words with the task (…服务中心) does not speak of it.
  if (hits.length === 0) return found;
  for (const verb of findVerbs(clause, list)) {
    for (let at = clause.indexOf(verb); at >= 0; at = clause.indexOf(verb, at + verb.length)) {
      if (options.wholeTask || governs(clause, at, at + verb.length, hits, taskText, verb)) {
        found.push(verb);
        break;
      }
    }
  }
  return found;
}

function governs(
  clause: string,
  start: number,
  end: number,
  hits: readonly TermHit[],
  taskText: string,
  verb: string,
): boolean {
  const outside = hits.filter((h) => h.end <= start || h.start >= end);
  // Subject before the verb: its head, or one of the task's words, right before it (past adverbs).
  let before = start;
  // A、B等7个项目封顶: the listed items are the subject.
  const listed =
    /等[\d.一二三四五六七八九十百千万余多]+[个块项家座条所批处宗套类][\u3400-\u9fff]{0,4}$/u.exec(
      clause.slice(0, before),
    );
  for (let m = ADVERB.exec(clause.slice(0, before)); m; m = ADVERB.exec(clause.slice(0, before)))
    before -= m[0].length;
  if (before >= 2 && taskText.includes(clause.slice(before - 2, before))) return true;
  if (outside.some((h) => h.end <= before && before - h.end <= SUBJECT_REACH)) return true;
  if (listed && outside.some((h) => h.end <= listed.index)) return true;
  if (objectHeads(clause.slice(end)).some((head) => taskText.includes(head))) return true;
  return taskText.includes(verb) && outside.some((h) => h.start >= end && h.start - end <= ECHO_REACH);
}

/**
 * The head (last two characters) of each coordinated object in `object`: 新增6个口袋公园 → 公园,
 * A、B等5块产业用地出让 → 出让 (the listed items only modify it), 项目及品牌建设 → 项目, 品牌.
 */
export function objectHeads(object: string): string[] {
  const heads: string[] = [];
  let rest = object;
  for (const m of object.matchAll(ENUMERATION_END)) rest = object.slice(m.index + m[0].length);
  for (const part of rest.split(COORDINATION)) {
    let words = part.replace(/[^\u3400-\u9fff]+$/u, '');
    while (GENERIC_HEAD.test(words) && words.length > 2) words = words.slice(0, -2);
    if (words.length >= 2) heads.push(words.slice(-2));
  }
  return heads;
}
