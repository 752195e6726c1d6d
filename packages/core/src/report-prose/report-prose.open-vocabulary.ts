import type {
  IndicatorDictionary,
  IndicatorEntry,
  IndicatorMention,
} from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Direction } from '../indicator/indicator.schema.js';
import type { Quantity } from '../quantity/quantity.types.js';
import type { Clause } from './report-prose.segment.js';

/**
 * Indicators the dictionary does not know, named by the words before their figure
 * (`社会融资规模`, `接待游客人次`, `人均地区生产总值`), so that nothing a report states is lost.
 * One registry per parse: the same name always gives the same indicator.
 */
export interface OpenVocabulary {
  /** The entry of an open indicator, by id. */
  get(id: string): IndicatorEntry | undefined;
  /** The entry for a name, made on first use from the figure that named it. */
  entryFor(name: string, figure: Quantity): IndicatorEntry;
  /** Every open entry made so far, in the order they were named. */
  readonly entries: readonly IndicatorEntry[];
}

/** The id of an open-vocabulary indicator: its name, so two reports naming it alike share it. */
export const openIndicatorId = (name: string) => `open-${name}`;

// Heads whose indicator is better when lower.
const DECREASE_HEAD = /(能耗|排放|排放量|失业率|浓度|事故|死亡率|死亡人数|发生率|负债率)$/;

/** A registry of open-vocabulary indicators; see {@link OpenVocabulary}. */
export function createOpenVocabulary(): OpenVocabulary {
  const byId = new Map<string, IndicatorEntry>();
  return {
    get: (id) => byId.get(id),
    entryFor(name, figure) {
      const id = openIndicatorId(name);
      const known = byId.get(id);
      if (known) return known;
      // The unit levels are given in: the naming figure's when it is a level; a rate's is %. An
      // indicator named only by a growth has no level unit yet: its figures are all in %.
      const direction: Direction = DECREASE_HEAD.test(name) ? 'decrease' : 'increase';
      const unit = figure.change === 'level' && figure.unit !== '' ? figure.unit : '%';
      const entry: IndicatorEntry = {
        id,
        name,
        unit,
        direction,
        aliases: [],
        inDictionary: false,
        ...(figure.change === 'level' && figure.baseUnit !== '' && figure.unit !== '%'
          ? { baseUnits: [figure.baseUnit] }
          : {}),
      };
      byId.set(id, entry);
      return entry;
    },
    get entries() {
      return [...byId.values()];
    },
  };
}

// Words that open a clause without naming anything: times, places of the whole jurisdiction,
// reporting verbs and hedges. They are left out of a name (`全年实现地区生产总值` → 地区生产总值).
const LEAD_FILLER = [
  '约束性指标',
  '预期性指标',
  '据初步核算',
  '初步核算',
  '初步统计',
  '据统计',
  '经核算',
  '其中',
  '全年',
  '今年',
  '去年',
  '当年',
  '一年来',
  '全省',
  '全市',
  '全区',
  '全县',
  '全州',
  '全镇',
  '本区',
  '本市',
  '我区',
  '我市',
  '我省',
  '预计',
  '力争',
  '争取',
  '确保',
  '努力',
  '实现',
  '完成',
  '累计',
  '推动',
  '促进',
  '带动',
  '拉动',
  '助推',
  '支撑',
  '拉升',
];
const LEAD_YEAR = /^(?:\d{4}年(?:末|底)?|[\u4e00-\u9fff]{0,2}?(?:拉动|带动|推动|助推))/;

// Words between a name and its figure: change verbs, comparisons, hedges. Stripped from the end.
const TRAILING = new RegExp(
  `(?:${[
    '按可比价格?计算',
    '按现价计算',
    '[(（][^()（）]{0,12}[)）]',
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
    '增长',
    '增速',
    '增幅',
    '增加',
    '提高[到至]?',
    '提升[到至]?',
    '上升[到至]?',
    '上涨',
    '下降[到至]?',
    '微降',
    '微增',
    '降低[到至]?',
    '减少[到至]?',
    '回落[到至]?',
    '增至',
    '降至',
    '扩大[到至]?',
    '实现',
    '完成',
    '达到',
    '达',
    '为',
    '是',
    '突破',
    '超过',
    '超',
    '逾',
    '约',
    '近',
    '共',
    '累计',
    '分别',
    '预计',
    '力争',
    '争取',
    '确保',
    '保持在',
    '控制在',
    '稳定在',
    '保持',
    '稳定',
    '控制',
    '在',
    '了',
    '按',
    '新增',
    '[从由](?:\\d{4}年(?:末|底)?的?)?',
  ].join('|')})$`,
);

/** Ends of names that are indicators (amounts, counts of people, rates), not things built or done. */
const INDICATOR_HEAD =
  /(增加值|产值|总值|总额|零售额|销售额|营业额|营业收入|营收|收入|利润|投资|外资|支出|税收|规模|总量|产量|吞吐量|运量|人次|人数|率|比重|比例|占比|强度|指数|涨幅|余额|贷款|存款|消费|进出口|出口|进口|出口额|进口额|用电量|能耗|浓度|天数|人口|就业|主体|总数|面积|覆盖率|游客|客流量|GDP)$/i;

/** A bare amount whose subject is carried from the clause before (`…企业新增300家、销售额增长8%`). */
const BARE_HEAD =
  /^(销售额|营业收入|营收|产值|总产值|增加值|工业增加值|利润|利润总额|税收|营业额|零售额|出口额|进出口额|投资额|投资|纳税额)$/;

/** What a count of new ones is an indicator of (`限上商贸企业新增300家`), not a count of projects. */
const NEW_ENTITIES = /(企业|主体|商户|个体工商户|单位)$/;

/** Verbs that join a subject to what it produced (`规模以上企业实现产值`). */
const INNER_VERB = /^(.{2,}?)(?:实现|完成|达到)(.{2,})$/;

/** Something done or built, not measured: such words make a lead a task, not a name. */
const TASK_WORDS =
  /(建成|新建|开工|开通|建设|打造|举办|引进|签约|组织|组建|设立|开展|帮扶|改造|推进|实施|出台|获评|入选|获得|创建|启动|完成了|以上的|的)/;

const LIST_SPLIT = /[、和及与]/;

/** Words before an alias that leave it the dictionary's indicator (`货物进出口总额`, `共有各类商事主体`). */
const HARMLESS =
  /^(?:共有|拥有|实有|现有|各类|各种|共|全部|货物|商品|外贸|全社会|地方|本级|区级|市级|省级|全口径|常住|城乡)*$/;

function stripLead(text: string): string {
  let t = text.replace(/^[\s"“”‘’]+/, '');
  for (let changed = true; changed;) {
    changed = false;
    const year = LEAD_YEAR.exec(t);
    if (year) {
      t = t.slice(year[0].length);
      changed = true;
    }
    for (const word of LEAD_FILLER) {
      if (t.startsWith(word) && t.length > word.length) {
        t = t.slice(word.length);
        changed = true;
      }
    }
  }
  return t;
}

function stripTrailing(text: string): { name: string; stripped: string } {
  let t = text.replace(/[\s"“”‘’]+$/, '');
  let stripped = '';
  for (let m = TRAILING.exec(t); m && m[0].length > 0; m = TRAILING.exec(t)) {
    stripped = m[0] + stripped;
    t = t.slice(0, t.length - m[0].length);
  }
  return { name: t, stripped };
}

/** True when `gap` holds only change words and hedges (`提高到`, `保持在`, `同比增长`). */
export function isTrailingOnly(gap: string): boolean {
  return stripTrailing(gap).name === '';
}

/** A subject the dictionary did not name, or named inside a longer name. */
export interface OpenSubject {
  /** The indicator's name (`人均地区生产总值`, `限上商贸企业销售额`). */
  name: string;
  /** What the subject is of, for a bare amount in the clause after (`限上商贸企业`). */
  entity: string;
  /** Where the subject's words are in the sentence. */
  offset: number;
  end: number;
}

/** The result of {@link findOpenSubjects}: the mentions to read the sentence with. */
export interface SentenceSubjects {
  /** Dictionary mentions not inside an open name, and one mention per open subject, by offset. */
  mentions: IndicatorMention[];
  subjects: OpenSubject[];
}

/** A name cut inside quotes (`六大产业基地”规模以上…`) loses its quote marks. */
function balanceQuotes(name: string): string {
  const open = (name.match(/“/g) ?? []).length;
  const close = (name.match(/”/g) ?? []).length;
  return open === close ? name : name.replace(/[“”]/g, '');
}

/** A head alone names nothing: whose 产量, whose 总量? */
const VAGUE =
  /^(?:客流量|产量|总产量|总量|规模|总规模|占比|比重|总额|收入|投资|产值|增加值|总数|人数|人次|余额|面积|营收)$/;

function plausible(name: string): boolean {
  if (name.length < 2 || name.length > 24 || VAGUE.test(name)) return false;
  if (!/[\u4e00-\u9fff]/.test(name) || /^\d/.test(name) || /[,;:。]/.test(name)) return false;
  return !TASK_WORDS.test(name);
}

/**
 * Finds, in one sentence, the subjects of figures that the dictionary does not name (or names only
 * as part of a longer name): the words of the figure's clause before it, less fillers (`全年实现`)
 * and change words (`增长`, `保持在`). A name made only of an alias (`全年实现地区生产总值`) stays
 * the dictionary's; a name the alias is part of (`人均地区生产总值`, `工业增加值占地区生产总值比重`)
 * becomes an open indicator; a list (`规上工业增加值、服务业营收分别增长5%和6%`) gives one subject
 * per item, a shared head filled in from the dictionary (`城镇、农村居民人均可支配收入`). Offsets
 * are in the sentence.
 */
export function findOpenSubjects(
  s: string,
  clauses: readonly Clause[],
  mentions: readonly IndicatorMention[],
  figures: readonly Quantity[],
  dictionary: IndicatorDictionary,
  open: OpenVocabulary,
): SentenceSubjects {
  const subjects: OpenSubject[] = [];
  const added: IndicatorMention[] = [];
  const removed = new Set<IndicatorMention>();
  let lastEntity = '';
  let lastName = '';
  const aliasOf = (text: string) => {
    const found = dictionary.findMentions(text);
    const only = found[0];
    return found.length === 1 && only && only.offset === 0 && only.end === text.length ? only : undefined;
  };

  const hasFigure = (c: Clause) => figures.some((f) => f.offset >= c.start && f.offset < c.end);
  for (const [index, clause] of clauses.entries()) {
    let from = clause.start;
    for (const figure of figures) {
      if (figure.offset < clause.start || figure.offset >= clause.end) continue;
      const raw = s.slice(from, figure.offset);
      from = figure.offset + figure.text.length;
      const leadAt = from - figure.text.length - raw.length;
      const lead = stripLead(raw);
      const { name: trimmed, stripped } = stripTrailing(lead);
      const start = leadAt + raw.length - lead.length;
      const end = start + trimmed.length;
      if (trimmed === '') continue;
      const inside = mentions.filter((m) => m.offset >= start && m.end <= end);

      // A list of names before 分别: items joined by 和 in this clause, or by 、 across the
      // figure-free clauses before it (`A、B、C分别提升至…`).
      const parts = trimmed.split(LIST_SPLIT);
      let listStart = start;
      if (leadAt === clause.start && clause.opener === '、') {
        for (let k = index - 1; k >= 0; k--) {
          const before = clauses[k];
          if (!before || hasFigure(before)) break;
          const words = s.slice(before.start, before.end);
          const item = before.opener === '、' ? words : stripLead(words);
          parts.unshift(item);
          listStart = before.start + (words.length - item.length);
          if (before.opener !== '、') break;
        }
      }
      if (parts.length > 1 && /分别/.test(stripped + s.slice(end, figure.offset))) {
        const last = parts[parts.length - 1] ?? '';
        const lastAlias = aliasOf(last);
        const items: { id: string; text: string; offset: number; name?: string }[] = [];
        let at = listStart;
        let ok = true;
        for (const part of parts) {
          // Items of a 、 list stand in clauses of their own: find each where it is written.
          const where = s.indexOf(part, at);
          if (where >= 0) at = where;
          const alias = aliasOf(part);
          if (alias) items.push({ id: alias.indicatorId, text: part, offset: at });
          else if (lastAlias && part.length <= 6) {
            // 城镇、农村居民人均可支配收入: the first item shares the last one's head.
            let filled: IndicatorMention | undefined;
            for (let k = 1; k < last.length && !filled; k++) filled = aliasOf(part + last.slice(k));
            if (filled) items.push({ id: filled.indicatorId, text: part, offset: at });
            else ok = false;
          } else if (plausible(part) && INDICATOR_HEAD.test(part)) {
            items.push({ id: '', text: part, offset: at, name: part });
          } else if (part !== last && part.length <= 4 && plausible(last) && INDICATOR_HEAD.test(last)) {
            // 第一、第三产业增加值: the first item is the last one's first word replaced.
            items.push({
              id: '',
              text: part,
              offset: at,
              name: part + last.slice(part.length).replace(/^等/, ''),
            });
          } else ok = false;
          at += part.length;
        }
        if (
          ok &&
          items.some(
            (i) => i.name !== undefined || i.id !== inside.find((m) => m.offset === i.offset)?.indicatorId,
          )
        ) {
          for (const m of inside) removed.add(m);
          for (const item of items) {
            const id = item.name !== undefined ? open.entryFor(item.name, figure).id : item.id;
            if (item.name !== undefined) {
              subjects.push({
                name: item.name,
                entity: item.name,
                offset: item.offset,
                end: item.offset + item.text.length,
              });
            }
            added.push({
              indicatorId: id,
              text: item.text,
              offset: item.offset,
              end: item.offset + item.text.length,
            });
          }
        }
        continue;
      }

      // The whole lead is an alias: the dictionary's indicator, read as before.
      // 总量达2037.7万户 after 新登记经营主体320万户: a head alone, whose is not written. Its figure
      // is nobody's: a blank subject stops the one before from taking it.
      if (VAGUE.test(trimmed) && !BARE_HEAD.test(trimmed)) {
        added.push({ indicatorId: '', text: trimmed, offset: start, end });
        continue;
      }
      if (aliasOf(trimmed)) {
        lastName = trimmed;
        continue;
      }
      // Words before an alias that do not change what it measures (`共有各类商事主体`).
      const tail = inside[inside.length - 1];
      if (tail && tail.end === end && HARMLESS.test(s.slice(start, tail.offset))) {
        lastName = tail.text;
        continue;
      }
      // A list the dictionary names item by item: the 分别 reader pairs them.
      if (parts.length > 1 && parts.every((p) => aliasOf(p))) continue;

      const previousName = lastName;
      let name = trimmed;
      let entity = trimmed;
      const inner = INNER_VERB.exec(trimmed);
      if (inner?.[1] && inner[2]) {
        entity = stripLead(inner[1]);
        name = aliasOf(inner[2]) ? inner[2] : entity + inner[2];
        if (aliasOf(inner[2])) continue;
      } else if (/^占/.test(trimmed)) {
        // 服务业增加值35.47亿元,占GDP比重57.7%: the share of the subject before.
        if (!previousName) continue;
        name = previousName + trimmed;
        entity = previousName;
      } else if (BARE_HEAD.test(trimmed) && !lastEntity) {
        continue;
      } else if (lastEntity && BARE_HEAD.test(trimmed.split('占')[0] ?? '')) {
        // 销售额增长8%, 增加值占地区生产总值比重24.1%: of the subject before.
        name = lastEntity + trimmed;
        entity = lastEntity;
      } else if (/新增$/.test(stripped) && figure.change === 'level' && NEW_ENTITIES.test(trimmed)) {
        // 限上商贸企业新增300家: a count of new ones.
        name = `新增${trimmed}`;
      }
      name = balanceQuotes(name);
      const isCount = /^新(?:增|设|注册|登记|认定)/.test(name) && NEW_ENTITIES.test(name);
      if (!plausible(name) || (!INDICATOR_HEAD.test(name) && !isCount)) continue;
      if (parts.length > 1) continue;
      for (const m of inside) removed.add(m);
      const entry = open.entryFor(name, figure);
      subjects.push({ name, entity, offset: start, end });
      added.push({ indicatorId: entry.id, text: s.slice(start, end), offset: start, end });
      lastEntity = entity;
      lastName = name;
    }
  }
  const kept = mentions.filter((m) => !removed.has(m));
  return { mentions: [...kept, ...added].sort((a, b) => a.offset - b.offset), subjects };
}
