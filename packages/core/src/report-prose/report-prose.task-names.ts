import type { Quantity } from '../quantity/quantity.types.js';

/** What a figure in a task's text counts, and how far the words that name it reach. */
export interface TaskFigureName {
  /** The indicator's name (参赛队伍, 重点项目, 琶洲西区道路项目). */
  name: string;
  /** Offset in the sentence just past the words used after the figure (the figure's end when none). */
  end: number;
}

// Words that lead into a figure without naming what is counted (力争全年…).
const LEAD_WORDS = /^(力争|争取|确保|努力|全力|推动|带动|实现|完成|打造|全年|累计|共|达到|及|和|与|以及|、)+/;
// Words between a name and its figure that say how the figure relates to it (参赛队伍超8000支).
const TRAIL_WORDS =
  /(实现|达到|达|突破|超过|超|约|近|增长|增至|不少于|不低于|共|累计|为|的|迈上|迈向|跨上|站上)+$/;
/**
 * Verbs that say what is done to the thing counted, not what it is. Words before a figure that are
 * only one of these, or end in one (`扎实推进56个…`, `沥滘村改造项目完成2栋…`), do not name it.
 * Longest first, so that `加快建设` wins over `建设`.
 */
const ACTION_VERBS = [
  '扎实推进',
  '加快推进',
  '加快建设',
  '加速推进',
  '持续扩展',
  '大力发展',
  '积极引进',
  '大力培育',
  '重点打造',
  '新引进',
  '新培育',
  '新落地',
  '新引育',
  '推进',
  '启动',
  '交付',
  '贯通',
  '发展',
  '鼓励',
  '拓展',
  '扩展',
  '建设',
  '建成',
  '完成',
  '新建',
  '打造',
  '引进',
  '引入',
  '引育',
  '培育',
  '实施',
  '开展',
  '举办',
  '落地',
  '储备',
  '筹集',
  '设立',
  '形成',
  '布局',
  '支持',
  '改造',
  '提供',
  '新增',
  '培训',
];
// Of the verbs, those stripped from the start of a name: they say what is done, not what is
// measured. Counting verbs (新增, 引进, 举办, 培育…) stay: 举办展览活动 and 新引进服务型制造企业 are names.
const BOILERPLATE_START =
  /^(扎实|加快|加速|持续|全面|深入|大力|积极|重点)?(推进|启动|交付|贯通|发展|鼓励|拓展|扩展|建设|实施|开展|筹集|设立|布局|支持|打造|推动)/;
// 新增 says the figure is a flow (城镇新增就业): it stays in front of the noun it counts.
const KEPT_VERB = /^新增$/;
/**
 * Classifiers count the noun that follows them (`19个旧厂征收`, `5条道路`); measures like 万平方米
 * or 支 in `参赛队伍超8000支` more often close a name written before the figure.
 */
const CLASSIFIERS = new Set([...'个条家所座处项批宗栋套间台辆艘架部种类']);
// What ends the noun phrase after a figure: punctuation, a list word, a comparison.
const AFTER_STOP = /[,;:、。!?()《》]|和|及|与|以及|或|等|并|同比|比上年|力争|达到|超过/;
// Verbs that close the thing counted (`56个…项目建设`, `30个低空起降点落地`): the name ends before them.
const AFTER_TAIL = /(动工建设|开工建设|投入运营|建设|落地|动工|开工|投用|建成)$/;
const QUOTES = /["“”‘’「」]/g;
const NAME_MIN = 2;
const NAME_MAX = 10;
const QUALIFIER_MAX = 6;

const hasWord = (s: string) => /[\u4e00-\u9fffA-Za-z]/.test(s);
const clean = (s: string) => s.replace(QUOTES, '').trim();

/** The verb `before` ends with, if any (`扎实推进`, `交付`), or `等` closing a list. */
function trailingVerb(before: string): string | undefined {
  if (before.endsWith('等')) return '等';
  return ACTION_VERBS.find((v) => before.endsWith(v));
}

/** The noun phrase right after the figure (`重点项目`), and where the words used end. */
function nounAfter(sentence: string, figureEnd: number): { noun: string; linked: boolean; end: number } {
  let from = figureEnd;
  const lead = /^(以上|左右|以内|及以上)?(的)?/.exec(sentence.slice(from)) ?? ['', undefined, undefined];
  const linked = lead[2] !== undefined;
  from += lead[0].length;
  const rest = sentence.slice(from);
  const stop = AFTER_STOP.exec(rest);
  const raw = stop ? rest.slice(0, stop.index) : rest;
  const noun = clean(raw.replace(AFTER_TAIL, ''));
  return { noun, linked, end: from + raw.length };
}

/**
 * Names what a figure in a task's text counts, from the words around it. `sentence` is the
 * sentence, `start` where the words that may name the figure begin (the clause start, or the end
 * of the words a previous figure used), `figure` its figure with an offset in `sentence`.
 *
 * - Words before the figure that are a name stay the name: 可调度算力6000P, 参赛队伍超8000支.
 * - Words before that are only a verb, or end in one, do not name it: the noun after the figure
 *   does (扎实推进56个重点项目 → 重点项目; 交付2个安置房项目 → 安置房项目).
 * - After a classifier (个, 条, 家…), the noun after the figure is what is counted; the words
 *   before, when short, qualify it (中二区5条道路 → 中二区道路; 启动新中轴19个旧厂征收 → 新中轴旧厂征收).
 * - `X不低于100亿元的Y` names Y's X (产业基金总规模).
 */
export function nameTaskFigure(
  sentence: string,
  start: number,
  figure: Quantity,
): TaskFigureName | undefined {
  const figureEnd = figure.offset + figure.text.length;
  const rawBefore = clean(sentence.slice(start, figure.offset)).replace(LEAD_WORDS, '');
  const verb = trailingVerb(rawBefore);
  const before = rawBefore.replace(TRAIL_WORDS, '');
  const head = clean(before.replace(BOILERPLATE_START, ''));
  const startsWithBoilerplate = head !== before;
  const after = nounAfter(sentence, figureEnd);
  const afterFits = after.noun.length >= NAME_MIN && after.noun.length <= NAME_MAX && hasWord(after.noun);
  const withAfter = (name: string) => ({ name, end: after.end });

  if (afterFits) {
    if (verb !== undefined || !hasWord(head)) {
      // `新增5个都市工业特色点位`: 新增 stays; other verbs only say what is done.
      return withAfter(KEPT_VERB.test(rawBefore) ? `${rawBefore}${after.noun}` : after.noun);
    }
    if (after.linked) return withAfter(`${after.noun}${head}`);
    if (CLASSIFIERS.has(figure.baseUnit) || startsWithBoilerplate) {
      return withAfter(head.length <= QUALIFIER_MAX ? `${head}${after.noun}` : after.noun);
    }
  }
  const name = head.length > NAME_MAX * 2 ? head.slice(-NAME_MAX * 2) : head;
  if (hasWord(name) && name.length >= NAME_MIN) return { name, end: figureEnd };
  // Only a verb before and no fitting noun after: the longest usable words.
  if (after.noun.length > NAME_MAX && hasWord(after.noun)) return withAfter(after.noun.slice(-NAME_MAX));
  return undefined;
}

/**
 * A figure that is part of a name, not a quantity: a technology or generation (5G, 6G, 4K, 3D, 5A),
 * one digit glued to one Latin letter with no comparator word around it.
 */
export function isNameFigure(figure: Quantity): boolean {
  return /^\d[A-Za-z]$/.test(figure.text.trim());
}
