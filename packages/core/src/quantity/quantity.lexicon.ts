/**
 * The words around a figure, as precompiled patterns: built once at module load so that reading a
 * 100 000-row corpus allocates no tables per call.
 */
import type { Comparator } from '../target/target.schema.js';
import { CHINESE_NUMERAL_SOURCE } from './quantity.numerals.js';
import type { Quantity, QuantityQualifier } from './quantity.types.js';

/** Digits with optional thousands separators (`1,234.5`) and decimals. */
const DIGITS_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?`;

/**
 * Every place a quantity may start, by group: 1 翻一番, 2 两位数, 3 a figure in digits (optionally
 * signed), 4 a Chinese numeral. Numbered, not named, groups: this runs once per figure of a corpus.
 */
export const FIGURE_RE = new RegExp(
  `(翻(?:[一二两三四]|\\d+)?番)|([两双]位数)|(-?(?:${DIGITS_SOURCE}))|(${CHINESE_NUMERAL_SOURCE})`,
  'g',
);

/** A second figure after a range separator (`5%—6%`, `4.5-5%`, `2—3个`, `5至6`): 1 digits, 2 Chinese. */
export const RANGE_RE = new RegExp(
  `(?:—{1,2}|–|-|~|至|到)(?:(${DIGITS_SOURCE})|(${CHINESE_NUMERAL_SOURCE}))`,
  'y',
);

/** Scale words and the power of ten they stand for. 千瓦, 千米 and 百分点 are units, not scales. */
export const SCALE_RE = /万亿|千万|百万|亿|万|千(?![瓦米克])|百(?!分点)/y;
export const SCALE_POWERS: Readonly<Record<Quantity['scale']['word'], number>> = {
  '': 0,
  十: 1,
  百: 2,
  千: 3,
  万: 4,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
};

/** `50余家`, `400多场`, `82万余人次`: more than the figure. */
export const MORE_RE = /[余多]/y;

/**
 * Measure words that stand alone after a figure. A unit is read as a run: one of these (or a compound
 * below) then an optional 次 (人次, 家次, 场次, 批次) and an optional `/unit` (`批次/千人`). Lookaheads
 * keep ordinary words whole (`10亿项目`, `3个人民…`).
 */
const SINGLE_UNIT =
  '(?:项(?!目)|人(?!民)|家(?!庭)|场(?!所|景)|[个次元支套户亩宗座所条栋辆吨倍件名间处片颗台批届天年周岁米顷斤克瓦位床张份篇部本册艘架列趟只头匹棵株层块幅轮票笔门节对类种])';
const COMPOUND_UNIT =
  '(?:个百分点|百分点|个月|个工作日|周年|平方(?:公里|千米|米)|立方米|公(?:里|顷|斤|吨)|千(?:瓦时|瓦|米|克)|小时|分钟|(?:美|港|欧|日)元|英镑|标准箱)';
const LATIN_UNIT = '(?:[A-Za-z]{1,5}[²³]?)';
export const UNIT_RE = new RegExp(
  `(?:[%‰]|${COMPOUND_UNIT}|${SINGLE_UNIT}次?|${LATIN_UNIT})(?:/[千万百]?(?:${COMPOUND_UNIT}|${SINGLE_UNIT}次?|${LATIN_UNIT}))?`,
  'y',
);

/** A comparator word after the figure and its unit, and what it means. */
export const SUFFIX_RE = /及以上|以上|及以下|以下|以内|之内|左右/y;
/** `实现20%以上增长`, `两位数增长`: the change word comes after the figure. */
export const SUFFIX_GROWTH_RE = /的?(?:增长|增速|增幅)/y;

/**
 * The words right before a figure: a basis (可比), a change verb, 至/到 (a level reached: `提升至76.8%`),
 * and a comparator word (groups 1 to 4). Matched against a short window ending at the figure.
 */
export const PREFIX_RE =
  /(可比|现价)?(?:(增长|增速为?|增幅为?|增加|上升|提升|提高|扩容|扩大|扩增|微增|下降|微降|降幅为?|减少|降低|回落|下滑|收窄|[增降减](?=[至到]))了?)?(至|到)?(不少于|不低于|不超过|不高于|不到|超过|高于|低于|少于|多于|大于|小于|超|逾|约|近|接近|大约|突破|达到|达|≤|≥)?$/;
/** How many characters before a figure the prefix may take. */
export const PREFIX_WINDOW = 14;

export const DECLINE_VERBS: ReadonlySet<string> = new Set([
  '下降',
  '微降',
  '降幅',
  '降幅为',
  '减少',
  '降低',
  '回落',
  '下滑',
  '收窄',
]);

/** Comparator words → qualifier. */
export const WORD_QUALIFIERS: ReadonlyMap<string, QuantityQualifier> = new Map<string, QuantityQualifier>([
  ['以上', 'at-least'],
  ['≥', 'at-least'],
  ['≤', 'at-most'],
  ['及以上', 'at-least'],
  ['及以下', 'at-most'],
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['超', 'more-than'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['高于', 'more-than'],
  ['多于', 'more-than'],
  ['大于', 'more-than'],
  ['突破', 'more-than'],
  ['余', 'more-than'],
  ['多', 'more-than'],
  ['以内', 'at-most'],
  ['之内', 'at-most'],
  ['以下', 'at-most'],
  ['不超过', 'at-most'],
  ['不高于', 'at-most'],
  ['低于', 'less-than'],
  ['少于', 'less-than'],
  ['小于', 'less-than'],
  ['不到', 'less-than'],
  ['左右', 'about'],
  ['约', 'about'],
  ['近', 'about'],
  ['接近', 'about'],
  ['大约', 'about'],
]);

/** The comparator a qualifier implies, strongest first. */
export const QUALIFIER_COMPARATORS: ReadonlyArray<readonly [QuantityQualifier, Comparator]> = [
  ['at-least', 'gte'],
  ['more-than', 'gt'],
  ['at-most', 'lte'],
  ['less-than', 'lt'],
  ['about', 'approx'],
];

/**
 * 力争 (striving) and 预计 (estimate) reach from earlier in the clause: `力争全年引育…超100个`. 争取 is
 * left out: in a review it means "obtained" (`争取中央预算内资金…4.4亿元`), not an aim.
 */
export const CLAUSE_QUALIFIERS: ReadonlyArray<readonly [string, QuantityQualifier]> = [
  ['力争', 'striving'],
  ['预计', 'estimate'],
];
/** How far back the clause qualifiers are looked for. */
export const CLAUSE_WINDOW = 48;
/** Characters that end a clause. `、` does not: `力争参赛队伍超8000支、人数超1.5万人` is one aim. */
export const CLAUSE_STOPS: ReadonlySet<number> = new Set(
  [...'，,；;。！!？?：:\n\t'].map((c) => c.charCodeAt(0)),
);

/**
 * Separators between figures that share a verb, a unit or a trailing qualifier (`7%和8%左右`,
 * `1.5个、3.4个百分点`). Commas are not among them: they separate clauses as often as list items.
 */
export const LIST_SEPARATORS: ReadonlySet<string> = new Set(['、', '和', '及', '与', '以及']);
