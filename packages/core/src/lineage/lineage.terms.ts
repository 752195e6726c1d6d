/**
 * Terms of a Chinese task text for matching: character bigrams and trigrams, the names of places,
 * projects and programmes (琶洲数字文化创意中心, 环岛路沙渡路—南洲路段, “八项升级行动”), figures with
 * their units (19个, 1.3公里) and Latin tokens (GPU, TIT). Chinese has no spaces, so words are
 * never split; boilerplate (加快, 推动, 打造, 一批) is recognised by a stoplist and weighs little.
 */

/** What a term is: an n-gram of characters, a name, a figure with its unit, or a Latin token. */
export type TermKind = 'gram' | 'name' | 'number' | 'latin';

/** Options shared by lineage and evidence matching. */
export interface TermOptions {
  /** Words that weigh little (added to the built-in stoplist {@link BOILERPLATE}). Default: none. */
  stopwords?: readonly string[];
  /** Endings that close a name (added to {@link NAME_SUFFIXES}). Default: none. */
  nameSuffixes?: readonly string[];
  /** Names recognised wherever they occur (琶洲, 海珠立方). Default: none. */
  knownNames?: readonly string[];
}

/** Called for every term occurrence; `start`/`end` are offsets in the scanned text. */
export type TermVisitor = (term: string, kind: TermKind, boost: number, start: number, end: number) => void;

/**
 * Called for every character n-gram instead of {@link TermVisitor} when given: the gram is
 * `text[start, end)`, left for the caller to read, so no string is made for it.
 */
export type GramVisitor = (boost: number, start: number, end: number) => void;

/**
 * Verbs of policy prose. They weigh little and end a name when read backwards from its suffix
 * (加快建设|海珠文化服务中心).
 */
export const ACTION_WORDS: readonly string[] = [
  '加快',
  '加速',
  '推动',
  '推进',
  '打造',
  '建设',
  '启动',
  '完成',
  '建成',
  '实施',
  '开展',
  '深化',
  '深入',
  '持续',
  '全力',
  '力争',
  '支持',
  '完善',
  '健全',
  '加强',
  '强化',
  '提升',
  '优化',
  '培育',
  '引进',
  '引入',
  '招引',
  '落地',
  '落实',
  '出台',
  '发布',
  '设立',
  '成立',
  '举办',
  '办好',
  '创建',
  '争创',
  '构建',
  '布局',
  '拓展',
  '扩展',
  '聚焦',
  '围绕',
  '依托',
  '着力',
  '大力',
  '扎实',
  '稳妥',
  '有序',
  '推广',
  '形成',
  '促进',
  '实现',
  '新增',
  '推出',
  '探索',
  '坚持',
  '改造',
  '升级',
  '谋划',
  '编制',
  '加大',
  '做优',
  '做强',
  '做大',
  '做实',
  '做精',
  '擦亮',
  '用好',
  '发挥',
  '挖掘',
  '壮大',
  '建立',
  '组织',
  '开工',
  '动工',
  '筹建',
  '筹集',
  '遴选',
  '试点',
  '带动',
  '鼓励',
  '发展',
  '提高',
  '扩大',
  '高品质',
  '高标准',
  '高质量',
  '高水平',
  '拉通',
  '打通',
  '贯通',
  '盘活',
  '振兴',
  '品质提升',
  '交付',
  '引育',
  '育强',
  '搭建',
  '申报',
  '编制',
  '征收',
];

/** Boilerplate that is not an action: quantifiers, adverbs, connectives, generic nouns. */
export const BOILERPLATE: readonly string[] = [
  ...ACTION_WORDS,
  '一批',
  '一系列',
  '系列',
  '更多',
  '全面',
  '进一步',
  '积极',
  '重点',
  '全年',
  '以上',
  '左右',
  '不低于',
  '不少于',
  '超过',
  '力度',
  '有关',
  '相关',
  '各类',
  '工作',
  '体系',
  '机制',
  '水平',
  '能力',
  '模式',
  '方面',
  '领域',
  '我区',
  '全区',
  '区域',
  '一流',
  '全国',
  '优质',
  '新型',
  '行动',
  '示范',
  '项目',
  '产业',
  '企业',
];

/** Single characters as a set of their codes: looking up a code makes no string. */
function codes(chars: readonly string[]): ReadonlySet<number> {
  return new Set(chars.map((ch) => ch.charCodeAt(0)));
}

/** Single characters that join words (和, 及, 等) or fill (的): never part of a name, weigh little. */
const FILLERS = codes([
  '和',
  '及',
  '与',
  '等',
  '的',
  '在',
  '了',
  '为',
  '对',
  '并',
  '或',
  '之',
  '其',
  '个',
  '项',
  '向',
  '把',
]);

/**
 * Endings of names of places, projects and programmes: 路, 街, 村, 片区, 园, 中心, 广场, 综合体, 项目,
 * 工程, 大道, 湿地 …
 */
export const NAME_SUFFIXES: readonly string[] = [
  '路段',
  '路',
  '街',
  '大道',
  '村',
  '片区',
  '园区',
  '产业园',
  '园',
  '中心',
  '服务中心',
  '服务站',
  '广场',
  '综合体',
  '项目',
  '工程',
  '湿地',
  '基地',
  '公园',
  '医院',
  '学校',
  '大厦',
  '码头',
  '岛',
  '书院',
  '论坛',
  '大赛',
  '大会',
  '展会',
  '年会',
  '基金',
  '平台',
  '试验区',
  '示范区',
  '商圈',
  '隧道',
  '立交',
  '地块',
  '油库',
  '泵站',
  '渠箱',
  '港',
  '城',
  '坊',
  '馆',
  '酒店',
  '实验室',
  '研究所',
  '联盟',
  '协会',
  '组团',
  '大楼',
  '总部',
  '计划',
  '工作站',
  '孵化器',
  '语料库',
  '赛区',
  '学院',
];

/** Units a figure is read with (19个, 1.3公里, 6000P). */
const NUMBER =
  /(\d+(?:\.\d+)?)(万平方米|平方米|平方公里|公里|米|亿元|万元|元|万人次|人次|万人|万套|万户|个|家|宗|条|支|套|所|场|栋|处|名|项|座|p|%)/g;

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Dashes join the two ends of a road section (沙渡路—南洲路段); they belong to names. */
const isDash = (c: number) =>
  c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x7e || c === 0xff5e || c === 0x2015;
const OPEN_QUOTES = codes(['“', '"', '《', '「', '‘', '『']);

/**
 * Folds a text one to one (offsets unchanged): full-width ASCII to ASCII, ASCII capitals to
 * lower case, `——` kept as dashes. The scanned text must keep offsets, so nothing is removed.
 */
export function foldForTerms(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let m = -1;
    if (c >= 0xff01 && c <= 0xff5e) m = c - 0xfee0;
    else if (c === 0x3000) m = 0x20;
    if (m >= 0x41 && m <= 0x5a) m += 0x20;
    else if (m === -1 && c >= 0x41 && c <= 0x5a) m = c + 0x20;
    if (m === -1) continue;
    out += text.slice(from, i) + String.fromCharCode(m);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A stoplist or suffix list compiled for longest-match lookups. */
export interface WordSet {
  words: ReadonlySet<string>;
  maxLength: number;
  /** First character → lengths of the words starting with it, longest first. */
  byFirst: ReadonlyMap<number, readonly number[]>;
  /** Last character → lengths of the words ending with it, longest first. */
  byLast: ReadonlyMap<number, readonly number[]>;
}

function wordSet(words: Iterable<string>): WordSet {
  const set = new Set<string>();
  let maxLength = 0;
  for (const w of words) {
    const f = foldForTerms(w.trim());
    if (f === '') continue;
    set.add(f);
    maxLength = Math.max(maxLength, f.length);
  }
  // Most characters start or end no word: looking them up first spares a substring per length.
  const byFirst = new Map<number, number[]>();
  const byLast = new Map<number, number[]>();
  for (const w of set) {
    for (const [map, code] of [
      [byFirst, w.charCodeAt(0)],
      [byLast, w.charCodeAt(w.length - 1)],
    ] as const) {
      const lengths = map.get(code) ?? [];
      if (!lengths.includes(w.length)) lengths.push(w.length);
      map.set(
        code,
        lengths.sort((a, b) => b - a),
      );
    }
  }
  return { words: set, maxLength, byFirst, byLast };
}

/** Compiled {@link TermOptions}. Build once with {@link compileTermOptions} and reuse. */
export interface TermLexicon {
  stop: WordSet;
  actions: WordSet;
  suffixes: WordSet;
  known: WordSet;
}

/** Compiles term options into the lookup sets {@link scanTerms} uses. */
export function compileTermOptions(options: TermOptions = {}): TermLexicon {
  return {
    stop: wordSet([...BOILERPLATE, ...(options.stopwords ?? [])]),
    actions: wordSet(ACTION_WORDS),
    suffixes: wordSet([...NAME_SUFFIXES, ...(options.nameSuffixes ?? [])]),
    known: wordSet(options.knownNames ?? []),
  };
}

/** Boost of a whole name: names weigh more than the n-grams they hold. */
export const NAME_BOOST = 3;
const NUMBER_BOOST = 1.2;
const LATIN_BOOST = 1.5;
const STOP_BOOST = 0.1;
const BRIDGE_BOOST = 0.35;
const IN_NAME_BOOST = 1.8;
const SUFFIX_BOOST = 0.8;

/** Longest word of `set` starting at `i` in `s` (within `[i, limit)`), or 0. */
function longestAt(s: string, i: number, limit: number, set: WordSet): number {
  const lengths = set.byFirst.get(s.charCodeAt(i));
  if (lengths === undefined) return 0;
  for (const len of lengths) {
    if (len >= 2 && len <= limit - i && set.words.has(s.slice(i, i + len))) return len;
  }
  return 0;
}

/** Longest word of `set` ending at `end` in `s`, or 0. */
function longestEndingAt(s: string, end: number, set: WordSet): number {
  const lengths = set.byLast.get(s.charCodeAt(end - 1));
  if (lengths === undefined) return 0;
  for (const len of lengths) {
    if (len <= end && set.words.has(s.slice(end - len, end))) return len;
  }
  return 0;
}

/**
 * Scans a text for its terms and calls `visit` for each occurrence (grams go to `visitGram`
 * instead when it is given). The text should be folded
 * with {@link foldForTerms} first (offsets are those of the text given).
 */
export function scanTerms(
  text: string,
  lexicon: TermLexicon,
  visit: TermVisitor,
  visitGram?: GramVisitor,
): void {
  const n = text.length;
  // Scanning 100 000 tasks would allocate four arrays per task: reuse them unless a visitor scans
  // again while this scan runs.
  const buffers = scanning === 0 ? sharedBuffers(n) : freshBuffers(n);
  scanning++;
  try {
    scanWith(text, n, lexicon, visit, visitGram, buffers);
  } finally {
    scanning--;
  }
}

interface ScanBuffers {
  role: Int8Array;
  inName: Uint8Array;
  inSuffix: Uint8Array;
  action: Uint8Array;
}

let scanning = 0;
let shared: ScanBuffers = freshBuffers(256);

function freshBuffers(n: number): ScanBuffers {
  return {
    role: new Int8Array(n),
    inName: new Uint8Array(n),
    inSuffix: new Uint8Array(n),
    action: new Uint8Array(n),
  };
}

function sharedBuffers(n: number): ScanBuffers {
  if (shared.role.length < n) shared = freshBuffers(Math.max(n, shared.role.length * 2));
  else {
    shared.role.fill(0, 0, n);
    shared.inName.fill(0, 0, n);
    shared.inSuffix.fill(0, 0, n);
    shared.action.fill(0, 0, n);
  }
  return shared;
}

function scanWith(
  text: string,
  n: number,
  lexicon: TermLexicon,
  visit: TermVisitor,
  visitGram: GramVisitor | undefined,
  { role, inName, inSuffix, action }: ScanBuffers,
): void {
  // role: 0 = content, 1 = boilerplate, 2 = filler; -1 = boundary (punctuation, space, digits).
  // inSuffix: characters of a name's generic ending (中心, 园区, 试验区): shared alone they say little.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) role[i] = FILLERS.has(c) ? 2 : 0;
    else if (isAsciiWord(c)) role[i] = isDigit(c) ? -1 : 0;
    else if (isDash(c)) role[i] = -2;
    else role[i] = -1;
  }
  for (let i = 0; i < n;) {
    if (role[i] !== 0) {
      i++;
      continue;
    }
    const len = longestAt(text, i, n, lexicon.stop);
    if (len === 0) {
      i++;
      continue;
    }
    const isAction = longestAt(text, i, i + len, lexicon.actions) === len;
    for (let k = i; k < i + len; k++) {
      if (role[k] === 0) role[k] = 1;
      if (isAction) action[k] = 1;
    }
    i += len;
  }

  // Names: read backwards from each suffix to the nearest boundary, action word or filler.
  const emitName = (start: number, end: number) => {
    const name = text.slice(start, end);
    let content = 0;
    for (let k = start; k < end; k++) if (role[k] === 0 || role[k] === 1) content++;
    if (content < 3 && name.length < 3) return;
    for (let k = start; k < end; k++) inName[k] = 1;
    visit(name, 'name', NAME_BOOST, start, end);
  };
  for (let end = 1; end <= n; end++) {
    const suffixLength = longestEndingAt(text, end, lexicon.suffixes);
    if (suffixLength === 0) continue;
    let start = end - suffixLength;
    for (let k = start; k < end; k++) inSuffix[k] = 1;
    // The head must be content, not boilerplate or a count (4个园区, 一批项目).
    while (start > 0 && end - start < 16) {
      const r = role[start - 1];
      if (r === -1 || r === 2 || (r === 1 && action[start - 1] === 1)) break;
      start--;
    }
    while (start < end - suffixLength && (role[start] === 1 || role[start] === -2)) start++;
    if (start < end - suffixLength) emitName(start, end);
  }
  // Quoted names: “八项升级行动”, 《海珠区城中村改造行动方案》.
  for (let i = 0; i < n; i++) {
    if (!OPEN_QUOTES.has(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && j - i <= 24 && !/[”"》」’』\n。；;]/.test(text[j] ?? '')) j++;
    if (j < n && j - i - 1 >= 2 && j - i <= 24 && /[”"》」’』]/.test(text[j] ?? '')) emitName(i + 1, j);
  }
  if (lexicon.known.words.size > 0) {
    for (let i = 0; i < n; i++) {
      const len = longestAt(text, i, n, lexicon.known);
      if (len > 0) emitName(i, i + len);
    }
  }

  // Character bigrams and trigrams over runs of letters; boilerplate and bridges weigh little.
  let runStart = -1;
  for (let i = 0; i <= n; i++) {
    const inRun = i < n && role[i] !== -1 && role[i] !== -2 && isCjk(text.charCodeAt(i));
    if (inRun && runStart < 0) runStart = i;
    if (inRun || runStart < 0) continue;
    for (let s = runStart; s < i; s++) {
      for (let len = 2; len <= 3 && s + len <= i; len++) {
        let stop = 0;
        let named = 0;
        let generic = 0;
        for (let k = s; k < s + len; k++) {
          if (role[k] !== 0) stop++;
          if (inName[k] === 1) named++;
          if (inSuffix[k] === 1 || role[k] !== 0) generic++;
        }
        let boost = stop === len ? STOP_BOOST : stop > 0 ? BRIDGE_BOOST : 1;
        if (generic === len && stop < len) boost = SUFFIX_BOOST;
        else if (named === len && stop < len) boost *= IN_NAME_BOOST;
        if (visitGram) visitGram(boost, s, s + len);
        else visit(text.slice(s, s + len), 'gram', boost, s, s + len);
      }
    }
    runStart = -1;
  }

  // Latin tokens (GPU, TIT, AI) and figures with units.
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (!isAsciiWord(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
    const token = text.slice(i, j);
    if (/[a-z]/.test(token) && token.length >= 2) visit(token, 'latin', LATIN_BOOST, i, j);
    i = j;
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    visit(`${m[1]}${m[2]}`, 'number', NUMBER_BOOST, m.index, m.index + m[0].length);
  }
}
