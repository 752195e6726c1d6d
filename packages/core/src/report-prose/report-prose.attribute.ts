import type {
  IndicatorDictionary,
  IndicatorMention,
} from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Quantity } from '../quantity/quantity.types.js';
import { findQuantities } from '../quantity/quantity.parse.js';
import { findOpenSubjects, isTrailingOnly, type OpenVocabulary } from './report-prose.open-vocabulary.js';
import { type Span, splitClauses } from './report-prose.segment.js';

/** A figure read as a figure of an indicator. Offsets are in the prepared text. */
export interface Attribution {
  indicatorId: string;
  /** The figure, its offset moved into the prepared text. */
  figure: Quantity;
  /** Where the quote starts: the clause naming the indicator. */
  quoteStart: number;
  /** Where the quote ends: the end of the figure's clause words (qualifiers included). */
  quoteEnd: number;
  /** The sentence's words before the figure (for 预计, 按可比价, years). */
  sentenceLead: string;
  /** The words from the last `,` `;` `:` before the figure up to it (for 力争, 约束性, 年均). */
  scopeLead: string;
  /** The words between the indicator (or the previous figure) and the figure (for 可比, 占比). */
  gap: string;
}

/** What one sentence says in figures. */
export interface SentenceReading {
  attributions: Attribution[];
  /** Figures that belong to no known indicator (offsets in the prepared text). */
  unattributed: Quantity[];
  mentions: IndicatorMention[];
}

// Words that may stand between an indicator and its figure without changing what is measured:
// `全口径税收总额328.46亿元`, `同比(下同)增长5.4%`, `可比增长4.3%`, `增至24.3万户`, `力争完成700亿元`.
const CONNECTORS = new RegExp(
  [
    '按可比价格?计算',
    '按现价计算',
    '同比',
    '比上年',
    '较上年',
    '比去年',
    '较去年',
    '上年',
    '下同',
    '可比价格?',
    '可比',
    '现价',
    '增长率',
    '增长',
    '增速',
    '增幅',
    '增加',
    '提高',
    '提升',
    '上升',
    '上涨',
    '下降',
    '降低',
    '减少',
    '回落',
    '涨幅',
    '实现',
    '完成',
    '达到',
    '达',
    '为',
    '是',
    '增至',
    '突破',
    '超过',
    '超',
    '逾',
    '约',
    '近',
    '共',
    '累计',
    '全年',
    '年均',
    '年度',
    '总额',
    '总量',
    '总值',
    '规模',
    '金额',
    '分别',
    '预计',
    '力争',
    '争取',
    '确保',
    '按',
    '安排',
    '左右',
    '以上',
    '不低于',
    '不少于',
    '不超过',
    '不高于',
    '控制在',
    '保持在',
    '保持',
    '在',
    '全区',
    '全市',
    '全县',
    '本区',
    '年平均值',
    '平均值',
    '均值',
    '平均浓度',
    '年均浓度',
    '浓度',
    '实际',
    '了',
    '的',
    '比',
    '较',
    '与',
    '和',
    '及',
    '从',
    '由',
  ].join('|'),
  'g',
);

/** True when `gap` holds only connecting words, brackets, years and marks. */
export function isConnectorGap(gap: string): boolean {
  const rest = gap
    .replace(/[(（][^()（）]{0,12}[)）]/g, '')
    .replace(/\d{4}年/g, '')
    .replace(CONNECTORS, '')
    .replace(/[、,;:“”"\s]/g, '');
  return rest === '';
}

/** Decides whether a figure can be a figure of an indicator (its unit fits). */
export type AcceptFigure = (indicatorId: string, figure: Quantity) => boolean;

const LIST_JOINER = /^[、和及与]$/;

/** `城乡X` as the two indicators `城镇X` and `农村X`, when the dictionary knows both. */
function urbanAndRural(
  mention: IndicatorMention,
  dictionary: IndicatorDictionary,
): IndicatorMention[] | undefined {
  if (!mention.text.startsWith('城乡')) return undefined;
  const rest = mention.text.slice(2);
  const ids = ['城镇', '农村'].map((place) => {
    const found = dictionary.findMentions(place + rest);
    return found.length === 1 && found[0]?.text.length === rest.length + 2 ? found[0].indicatorId : undefined;
  });
  if (ids.some((id) => id === undefined)) return undefined;
  return ids.map((id) => ({ ...mention, indicatorId: id ?? '' }));
}
const OWN_NOUN = /^[\u4e00-\u9fff]/;
// Words after a figure that go on about it rather than name what it counts.
const NOT_A_NOUN =
  /^(的|和|及|与|或|分别|同比|增长|增加|增至|提高|提升|扩大|上升|下降|降低|减少|缩小|回落|增速|比|较|为|是|居|位|排|创|占|高于|低于|超|完成|实现|达到|以上|以下|以内|左右|其中|同口径|计算|全市|全省|全国|连续|首次|稳居|列|跃|提|目标)/;

/**
 * A figure's words may start inside an indicator's name (`经济增长5%`: the figure reads `增长5%`);
 * it then starts where the name ends. A figure whose number is inside a name is no figure.
 */
function trimToMentions(figures: Quantity[], mentions: IndicatorMention[]): Quantity[] {
  const out: Quantity[] = [];
  for (const figure of figures) {
    const digit = figure.text.search(/\d/);
    const numberAt = figure.offset + (digit < 0 ? 0 : digit);
    const overlap = mentions.find(
      (m) => figure.offset < m.end && figure.offset + figure.text.length > m.offset,
    );
    if (!overlap) out.push(figure);
    else if (numberAt >= overlap.end) {
      out.push({ ...figure, text: figure.text.slice(overlap.end - figure.offset), offset: overlap.end });
    }
  }
  return out;
}

/**
 * Reads one sentence: every figure goes to the nearest indicator named before it, in its own clause
 * or carried over from the clause before when the figure's clause names nothing else
 * (`地区生产总值3008.35亿元,同比增长5.4%`). A clause with a subject of its own (`其中企业11.79万户`)
 * breaks the chain. `A、B分别增长7%和8%左右` pairs indicators and figures in order.
 */
export function readSentence(
  text: string,
  sentence: Span,
  dictionary: IndicatorDictionary,
  accept: AcceptFigure,
  open?: OpenVocabulary,
): SentenceReading {
  const s = text.slice(sentence.start, sentence.end);
  const found = dictionary.findMentions(s);
  const figures = trimToMentions(findQuantities(s), found);
  const clauses = splitClauses(s, { start: 0, end: s.length });
  const subjects = open ? findOpenSubjects(s, clauses, found, figures, dictionary, open) : undefined;
  const mentions = subjects?.mentions ?? found;
  const synthetic = new Set(subjects ? mentions.filter((m) => !found.includes(m)) : []);
  const clauseOf = (offset: number) =>
    clauses.find((c) => offset >= c.start && offset <= c.end) ?? clauses[0];

  type Event = { at: number; mention?: IndicatorMention; figure?: Quantity };
  const events: Event[] = [
    ...mentions.map((mention) => ({ at: mention.offset, mention })),
    ...figures.map((figure) => ({ at: figure.offset, figure })),
  ].sort((a, b) => a.at - b.at);

  const attributions: Attribution[] = [];
  const unattributed: Quantity[] = [];
  let current: IndicatorMention | undefined;
  let group: IndicatorMention[] = [];
  let quoteStart = 0;
  let cursor = 0;
  let clauseIndex = -1;

  // The subjects that got a figure, in order, for a 分别 clause that names none.
  const recent: IndicatorMention[] = [];
  let mentionInClause = false;
  const countRun = (from: number) => {
    let n = 1;
    let end = (events[from]?.figure?.offset ?? 0) + (events[from]?.figure?.text.length ?? 0);
    for (let k = from + 1; k < events.length; k++) {
      const next = events[k]?.figure;
      if (!next || !/^[、和及与,]?$/.test(s.slice(end, next.offset))) break;
      n++;
      end = next.offset + next.text.length;
    }
    return n;
  };
  const shift = (q: Quantity): Quantity => ({ ...q, offset: q.offset + sentence.start });
  const attribute = (mention: IndicatorMention, figure: Quantity, gap: string, from: number) => {
    if (recent[recent.length - 1] !== mention) recent.push(mention);
    const scopeFrom = Math.max(
      s.lastIndexOf(',', figure.offset - 1),
      s.lastIndexOf(';', figure.offset - 1),
      s.lastIndexOf(':', figure.offset - 1),
    );
    attributions.push({
      indicatorId: mention.indicatorId,
      figure: shift(figure),
      quoteStart: sentence.start + from,
      quoteEnd: sentence.start + figure.offset + figure.text.length,
      sentenceLead: s.slice(0, figure.offset),
      scopeLead: s.slice(scopeFrom + 1, figure.offset),
      gap,
    });
  };

  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    if (!event) continue;
    // Entering a new clause: the chain carries over `,` and `、` but not `;`, and not past a clause
    // that says something else without a figure (`增速全市第一`).
    const clause = clauseOf(event.at);
    const index = clause ? clauses.indexOf(clause) : 0;
    if (index !== clauseIndex) {
      for (let k = clauseIndex + 1; k < index; k++) {
        const skipped = clauses[k];
        if (skipped && !isConnectorGap(s.slice(skipped.start, skipped.end))) current = undefined;
      }
      if (clause?.opener === ';') current = undefined;
      clauseIndex = index;
      mentionInClause = false;
      cursor = clause?.start ?? cursor;
    }
    if (event.mention) {
      const previous = group[group.length - 1];
      const joined =
        previous !== undefined &&
        current === previous &&
        LIST_JOINER.test(s.slice(previous.end, event.mention.offset));
      group = joined ? [...group, event.mention] : [event.mention];
      if (!joined) quoteStart = clause?.start ?? event.mention.offset;
      current = event.mention;
      cursor = event.mention.end;
      mentionInClause = true;
      continue;
    }
    const figure = event.figure;
    if (!figure) continue;
    const gap = s.slice(cursor, figure.offset);
    const connected = (g: string) =>
      isConnectorGap(g) || (current !== undefined && synthetic.has(current) && isTrailingOnly(g));
    // 分别 after a clause of its own (`城镇…34674元,农村…18365元,分别增长9.3%、10.5%`): the
    // subjects are the ones just read, in order.
    // 城乡居民人均可支配收入分别增长4.4%、5.6%: 城乡 is 城镇 and 农村, in that order.
    const both =
      current && group.length < 2 && /分别/.test(gap) ? urbanAndRural(current, dictionary) : undefined;
    if (both && countRun(e) === 2) group = both;
    else if (
      group.length < 2 &&
      !mentionInClause &&
      /分别/.test(gap) &&
      isConnectorGap(gap) &&
      recent.length > 1
    ) {
      group = recent.slice(-Math.min(recent.length, countRun(e)));
      current = group[group.length - 1];
      quoteStart = group[0]?.offset ?? quoteStart;
    }
    if (current && connected(gap) && group.length > 1 && /分别/.test(gap)) {
      // 分别: the next figures, joined by 、 和 及, go to the listed indicators in order.
      const run = [figure];
      let end = figure.offset + figure.text.length;
      for (let k = e + 1; k < events.length && run.length < group.length; k++) {
        const next = events[k]?.figure;
        if (!next || !/^[、和及与,]?$/.test(s.slice(end, next.offset))) break;
        run.push(next);
        end = next.offset + next.text.length;
      }
      if (run.length === group.length) {
        // One qualifier over all values (`7%和8%左右`), one change word over all (`下降16%、14%`).
        const last = run[run.length - 1] ?? figure;
        const shared = run.map((q) => ({
          ...q,
          change: q.change === 'level' && q.unit === figure.unit ? figure.change : q.change,
          comparator: q.comparator === 'eq' ? last.comparator : q.comparator,
          qualifiers: [...new Set([...q.qualifiers, ...last.qualifiers])],
        }));
        shared.forEach((q, k) => {
          const mention = group[k];
          if (mention && accept(mention.indicatorId, q)) attribute(mention, q, gap, quoteStart);
          else unattributed.push(shift(q));
        });
        e += run.length - 1;
        cursor = end;
        current = undefined;
        continue;
      }
    }
    // 分别 before several figures that found no list of subjects: whose each is, is not known.
    if (/分别/.test(gap) && group.length < 2 && countRun(e) > 1) {
      const n = countRun(e);
      for (let k = e; k < e + n; k++) {
        const q = events[k]?.figure;
        if (q) unattributed.push(shift(q));
      }
      const lastOfRun = events[e + n - 1]?.figure;
      cursor = lastOfRun ? lastOfRun.offset + lastOfRun.text.length : cursor;
      e += n - 1;
      current = undefined;
      continue;
    }
    // `841家,68家企业入选…`: a figure with its own noun after it is a count of that, not of `current`.
    const after = s.slice(figure.offset + figure.text.length, figure.offset + figure.text.length + 4);
    const ownNoun = figure.unit !== '%' && OWN_NOUN.test(after) && !NOT_A_NOUN.test(after);
    if (current && connected(gap) && !ownNoun && accept(current.indicatorId, figure)) {
      attribute(current, figure, gap, quoteStart);
    } else {
      // A figure of something else ends the chain: what follows is not about `current` either,
      // nor may a later 分别 pair across it.
      unattributed.push(shift(figure));
      current = undefined;
      recent.length = 0;
    }
    cursor = figure.offset + figure.text.length;
  }
  return {
    attributions,
    unattributed,
    mentions: mentions
      .filter((m) => m.indicatorId !== '')
      .map((m) => ({ ...m, offset: m.offset + sentence.start, end: m.end + sentence.start })),
  };
}
