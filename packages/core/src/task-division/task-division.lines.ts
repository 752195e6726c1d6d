/*
 * Line classifiers of a task-division list. Every regex runs on the width-folded line (see
 * foldWidth), so full-width digits, colons, pipes and brackets need no second spelling.
 */

/** What a column of the list holds. */
export type ColumnRole = 'seq' | 'text' | 'lead' | 'support' | 'leader' | 'deadline' | 'ignore';

const SEQ_WORDS = /^(?:序号|编号|序|No\.?)$/i;
const TEXT_WORDS =
  /^(?:重点任务|重点工作|重点工作任务|主要任务|工作任务|具体任务|目标任务|目标与任务|任务|任务内容|工作内容|主要内容|内容|工作事项|事项|具体工作|工作措施|主要措施|重点项目|项目|重点任务及目标|工作目标|目标|主要工作目标任务|任务分解|具体目标任务)$/;
const LEAD_WORDS = /^(?:牵头单位|牵头部门|主要责任单位|主责单位|主办单位|牵头责任单位)$/;
/** 责任单位 leads unless a 牵头单位 column stands beside it. */
const RESPONSIBLE_WORDS = /^(?:责任单位|责任部门)$/;
const SUPPORT_WORDS = /^(?:配合单位|协同配合单位|协同单位|协办单位|参与单位|配合部门|协作单位|其他责任单位)$/;
/** 责任领导 and its kin: a person answerable for the task, kept as `responsibleLeader`. */
const LEADER_WORDS =
  /^(?:责任领导|牵头领导|分管领导|联系领导|包保领导|区领导|市领导|县领导|(?:牵头|分管|责任|联系)(?:区|市|县|省|旗|镇)?领导)$/;
/** 完成时限 and its kin, kept as `deadline`. */
const DEADLINE_WORDS = /^(?:完成时限|时间节点|完成时间|时限|时限要求|完成期限|办结时限)$/;
const IGNORED_WORDS = /^(?:进度安排|备注|联系人|类别|分类|领域)$/;

/** Words one of which every header line holds: a cheap test before splitting a line into cells. */
export const HEADER_HINT = /序号|编号|单位|部门|任务|工作|事项|内容|措施|项目/;

/**
 * Reads a header row (序号 重点任务 牵头单位 …) into column roles, or returns undefined when the
 * cells are not all header words. 责任单位 is a lead column alone and a support column beside
 * 牵头单位.
 */
export function readHeader(cells: readonly string[]): ColumnRole[] | undefined {
  if (cells.length < 2) return undefined;
  const roles: ColumnRole[] = [];
  let hasLead = false;
  let hasText = false;
  for (const cell of cells) {
    const word = cell.replace(/\s+/g, '');
    if (SEQ_WORDS.test(word)) roles.push('seq');
    else if (TEXT_WORDS.test(word)) {
      roles.push('text');
      hasText = true;
    } else if (LEAD_WORDS.test(word)) {
      roles.push('lead');
      hasLead = true;
    } else if (RESPONSIBLE_WORDS.test(word))
      roles.push('support'); // settled below
    else if (SUPPORT_WORDS.test(word)) roles.push('support');
    else if (LEADER_WORDS.test(word)) roles.push('leader');
    else if (DEADLINE_WORDS.test(word)) roles.push('deadline');
    else if (IGNORED_WORDS.test(word)) roles.push('ignore');
    else return undefined;
  }
  if (!hasLead) {
    const first = cells.findIndex((cell) => RESPONSIBLE_WORDS.test(cell.replace(/\s+/g, '')));
    if (first >= 0) {
      roles[first] = 'lead';
      hasLead = true;
    }
  }
  return hasText || hasLead ? roles : undefined;
}

/** A Markdown table rule: `|---|:--:|` */
export const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * A line that starts with a number: `12 text`, `12\ttext`, `12. text`, `12、text`, `(12) text`,
 * `| 12 | text |`, or `12` alone. A decimal (`1.3公里`) or a counted noun (`19个`, `2025年`) is not.
 */
export const SEQ_START = /^\s*\|?\s*(?:\((\d{1,6})\)|(\d{1,6})(?:[.、](?!\d)|(?=\s|\||$)))\s*/;

/** Section headings: 一、…  (一)…  第一部分 … */
export const SECTION =
  /^\s*(?:[一二三四五六七八九十百]{1,4}[、.]|\([一二三四五六七八九十百]{1,4}\)|第[一二三四五六七八九十百\d]{1,4}[部分章节篇]+)\s*\S/;

/** Chrome that fills a line from its start (each pattern is tried at the line start only). */
const CHROME_LINE_PARTS: readonly RegExp[] = [
  /\s*(?:首页|当前位置|您当前的位置|您现在的位置|你的位置|所在位置)\s*[:>»]/,
  /\s*【?\s*大\s+中\s+小\s*】?\s*$/,
  /\s*【?\s*字[体号]\s*:?\s*】?\s*$/,
  /\s*[-•·*]?\s*(?:设为首页|加入收藏|无障碍(?:阅读|浏览)?|长者(?:版|模式)|长辈版|关怀版|返回首页|政府信息公开|智能问答|打印整页|打印内容)(?:\s*[|]?\s*(?:设为首页|加入收藏|无障碍(?:阅读|浏览)?|长者(?:版|模式)|长辈版|关怀版|返回首页|打印整页|打印内容|分享))*\s*[|]?\s*$/,
  /\s*\(?此件公开发布\)?\s*$/,
  /\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S{2,20})?\s*$/,
  /\s*(?:主办单位|承办单位|主办|承办|维护单位|发布时间|发布日期|发布机构|信息来源|来源|浏览次数|访问量|点击数|阅读数|作者|编辑|责任编辑|索引号|文号|发文日期|成文日期)\s*[:]/,
  /\s*(?:上一篇|下一篇|相关链接|相关文章|相关阅读|附件下载|返回顶部|返回|打印|关闭|分享)\s*[:]?\s*$/,
  /\s*(?:上一篇|下一篇)\s*[:]/,
  /\s*[-—–]\s*\d{1,4}\s*[-—–]\s*$/,
  /\s*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/,
];

/** Chrome found anywhere in a line: breadcrumbs, share and print links, font-size switches, footers. */
const CHROME_ANYWHERE_PARTS: readonly RegExp[] = [
  /首页\s*[>»/]/,
  /分享到|扫一扫|打印本页|【打印】|【关闭】|关闭窗口|\[打印\]|\[关闭\]|收藏本页|加入收藏/,
  /字号\s*[:]?\s*[【[]?\s*大\s*中\s*小|字[体号]\s*:\s*[【[]/,
  /在手机上?(?:查看|打开)当前页|用微信扫描二维码/,
  /版权所有|[Cc]opyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们|网站声明|隐私声明|浏览器|分辨率|技术支持\s*:/,
];

// Two alternations, each line scanned once by each: the anchored one is tried at the line start only.
const CHROME_LINE = new RegExp(`^(?:${CHROME_LINE_PARTS.map((re) => `(?:${re.source})`).join('|')})`);
const CHROME_ANYWHERE = new RegExp(CHROME_ANYWHERE_PARTS.map((re) => `(?:${re.source})`).join('|'));

/**
 * An open-government page's metadata block (索引号, 发布机构, 发文日期, 有效性 …), whose labels are
 * often spaced out to align them (`索 引 号`) and written with or without a colon: tested on the
 * line without spaces.
 */
const METADATA =
  /^(?:名称|标题|索引号|信息分类|组配分类|主题分类|发布机构|发文机构|发文机关|发文字号|文号|发文日期|成文日期|发布日期|生成日期|公开日期|公开方式|公开范围|有效性|所属机构|文件分类|分类|来源|浏览次数|浏览量|阅读次数|点击量|政策咨询机关|政策咨询电话)[:|]/;
/** Labels that open a metadata line even without a colon. */
const METADATA_BARE = /^(?:索引号|发布机构|发文字号|成文日期|发文日期|浏览次数)/;
/** Two labels on one line make a metadata row (`分 类 政务公开 有 效 性 有效`). */
const METADATA_LABELS =
  /索引号|发布机构|有效性|发文字号|成文日期|发文日期|发布日期|浏览次数|阅读次数|主题分类|分类|文号/g;
const SPACES = /\s+/g;
/** The characters metadata labels start with: a line starting otherwise skips the metadata tests. */
const METADATA_FIRST = new Set([...'名标索信组主发文成生公有所分来浏阅点政']);

/** Web page chrome, footers and page numbers. */
export function isChrome(norm: string): boolean {
  if (CHROME_LINE.test(norm) || CHROME_ANYWHERE.test(norm)) return true;
  if (norm.length > 160 || !METADATA_FIRST.has(norm.trimStart().charAt(0)) || norm.includes('。'))
    return false;
  const tight = norm.replace(SPACES, '');
  if (METADATA.test(tight) || METADATA_BARE.test(tight)) return true;
  return (tight.match(METADATA_LABELS)?.length ?? 0) >= 2;
}

/** A title names the list and ends like one; a sentence (with its punctuation) is not a title. */
const TITLE =
  /^\s*(?:[^。，,:;；!?]{2,60}(?:分工|分解|清单|台账|方案|任务|安排|计划|重点工作|一览表|分解表|表)(?:\([^()]*\))?|附件\s*\d*)\s*$/;

/** A title line before the first task (2024年区政府工作报告部署任务责任分工). */
export function isTitle(norm: string): boolean {
  return norm.length <= 80 && TITLE.test(norm);
}

const LABEL_SOURCE =
  '(牵头单位|牵头部门|主要责任单位|主责单位|牵头责任单位|协同配合单位|配合单位|配合部门|协同单位|协办单位|协作单位|参与单位|责任单位|责任部门|责任领导|牵头领导|分管领导|联系领导|完成时限|时间节点|完成时间|时限要求|完成期限)\\s*:';
/** A label with its colon anywhere in a line. */
export const LABEL = new RegExp(LABEL_SOURCE, 'g');
/** A line that starts with a label (after an optional bracket). */
export const LABEL_START = new RegExp(`^\\s*\\(?\\s*${LABEL_SOURCE}`);

/** The role of a label's value, given whether the row already has a 牵头单位 label. */
export function labelRole(label: string, hasLeadLabel: boolean): ColumnRole {
  if (/^(?:牵头单位|牵头部门|主要责任单位|主责单位|牵头责任单位)$/.test(label)) return 'lead';
  if (/^(?:责任单位|责任部门)$/.test(label)) return hasLeadLabel ? 'support' : 'lead';
  if (/领导/.test(label)) return 'leader';
  if (/时限|时间/.test(label)) return 'deadline';
  return 'support';
}

/** A bracket closing a line: `(…)` or `[…]` with an optional full stop after it. */
export const END_BRACKET = /[([]([^()[\]]{2,120})[)\]]\s*[。.;；]?\s*$/;

/** Verb forms inside a bracket: `区发改局牵头，区财政局配合`. */
export const VERB_PART = /^(.+?)(牵头|负责|主责|配合|协同|协助|参与)$/;

const HAN_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SECTION_NUMBER = /^\s*(?:\(([一二三四五六七八九十百]{1,4})\)|([一二三四五六七八九十百]{1,4})[、.])\s*/;

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零五 is not a heading's number (undefined). */
function hanNumber(text: string): number | undefined {
  if (/^[一二三四五六七八九]$/.test(text)) return HAN_DIGITS[text];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (m === null) return undefined;
  return (
    (m[1] === undefined ? 1 : (HAN_DIGITS[m[1]] ?? 0)) * 10 +
    (m[2] === undefined ? 0 : (HAN_DIGITS[m[2]] ?? 0))
  );
}

/** The number of a heading used as an item (`（三）固定资产投资增长10%以上` → 3) and its length. */
export function sectionNumber(norm: string): { value: number; length: number } | undefined {
  const m = SECTION_NUMBER.exec(norm);
  if (m === null) return undefined;
  const value = hanNumber(m[1] ?? m[2] ?? '');
  return value === undefined ? undefined : { value, length: m[0].length };
}
