/*
 * Line classifiers of a task-division list. Every regex runs on the width-folded line (see
 * foldWidth), so full-width digits, colons, pipes and brackets need no second spelling.
 */

/** What a column of the list holds. */
export type ColumnRole = 'seq' | 'text' | 'lead' | 'support' | 'ignore';

const SEQ_WORDS = /^(?:序号|编号|序|No\.?)$/i;
const TEXT_WORDS =
  /^(?:重点任务|重点工作|主要任务|工作任务|具体任务|目标任务|任务|任务内容|工作内容|主要内容|内容|工作事项|事项|具体工作|工作措施|主要措施|重点项目|项目|重点任务及目标|工作目标|目标)$/;
const LEAD_WORDS = /^(?:牵头单位|牵头部门|主要责任单位|主责单位|主办单位|牵头责任单位)$/;
/** 责任单位 leads unless a 牵头单位 column stands beside it. */
const RESPONSIBLE_WORDS = /^(?:责任单位|责任部门)$/;
const SUPPORT_WORDS = /^(?:配合单位|协同配合单位|协同单位|协办单位|参与单位|配合部门|协作单位|其他责任单位)$/;
const IGNORED_WORDS =
  /^(?:完成时限|时间节点|完成时间|时限|时限要求|进度安排|备注|责任领导|牵头领导|分管领导|区领导|联系人|类别|分类|领域)$/;

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

const CHROME_PARTS: readonly RegExp[] = [
  /^\s*(?:首页|当前位置|您当前的位置|您现在的位置|你的位置|所在位置)\s*[:>»]/,
  /首页\s*[>»/]/,
  /分享到|扫一扫|打印本页|【打印】|【关闭】|关闭窗口|\[打印\]|\[关闭\]|收藏本页|加入收藏/,
  /字号\s*[:]?\s*[【[]?\s*大\s*中\s*小|^\s*【?\s*大\s+中\s+小\s*】?\s*$/,
  /版权所有|[Cc]opyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|联系我们|网站声明|隐私声明|浏览器|分辨率|技术支持\s*:/,
  /^\s*(?:主办单位|承办单位|主办|承办|维护单位|发布时间|发布日期|发布机构|信息来源|来源|浏览次数|访问量|点击数|阅读数|作者|编辑|责任编辑|索引号|文号|发文日期|成文日期)\s*[:]/,
  /^\s*(?:上一篇|下一篇|相关链接|相关文章|相关阅读|附件下载|返回顶部|返回|打印|关闭|分享)\s*[:]?\s*$/,
  /^\s*(?:上一篇|下一篇)\s*[:]/,
  /^\s*[-—–]\s*\d{1,4}\s*[-—–]\s*$/,
  /^\s*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/,
];

/** One alternation: a line is scanned once, not once per pattern. */
const CHROME = new RegExp(CHROME_PARTS.map((re) => `(?:${re.source})`).join('|'));

/** Web page chrome, footers and page numbers. */
export function isChrome(norm: string): boolean {
  return CHROME.test(norm);
}

/** A title names the list and ends like one; a sentence (with its punctuation) is not a title. */
const TITLE =
  /^\s*(?:[^。，,:;；!?]{2,60}(?:分工|清单|台账|方案|任务|安排|计划|重点工作|一览表|分解表|表)(?:\([^()]*\))?|附件\s*\d*)\s*$/;

/** A title line before the first task (2024年区政府工作报告部署任务责任分工). */
export function isTitle(norm: string): boolean {
  return norm.length <= 80 && TITLE.test(norm);
}

const LABEL_SOURCE =
  '(牵头单位|牵头部门|主要责任单位|主责单位|牵头责任单位|协同配合单位|配合单位|配合部门|协同单位|协办单位|协作单位|参与单位|责任单位|责任部门|责任领导|牵头领导|分管领导|完成时限|时间节点|完成时间|时限要求)\\s*:';
/** A label with its colon anywhere in a line. */
export const LABEL = new RegExp(LABEL_SOURCE, 'g');
/** A line that starts with a label (after an optional bracket). */
export const LABEL_START = new RegExp(`^\\s*\\(?\\s*${LABEL_SOURCE}`);

/** The role of a label's value, given whether the row already has a 牵头单位 label. */
export function labelRole(label: string, hasLeadLabel: boolean): ColumnRole {
  if (/^(?:牵头单位|牵头部门|主要责任单位|主责单位|牵头责任单位)$/.test(label)) return 'lead';
  if (/^(?:责任单位|责任部门)$/.test(label)) return hasLeadLabel ? 'support' : 'lead';
  if (/领导|时限|时间/.test(label)) return 'ignore';
  return 'support';
}

/** A bracket closing a line: `(…)` with an optional full stop after it. */
export const END_BRACKET = /\(([^()]{2,120})\)\s*[。.;；]?\s*$/;

/** Verb forms inside a bracket: `区发改局牵头，区财政局配合`. */
export const VERB_PART = /^(.+?)(牵头|负责|主责|配合|协同|协助|参与)$/;
