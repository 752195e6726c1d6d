import type { PreparedProse } from './report-prose.text.js';

/** A span `[start, end)` of the prepared text. */
export interface Span {
  start: number;
  end: number;
}

/** A clause of a sentence, with the mark that opened it (`''` at the sentence start). */
export interface Clause extends Span {
  opener: '' | ',' | ';' | '、' | ':';
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);
const CLAUSE_MARK = new Set([',', ';', '、', ':']);
const OPEN = new Set(['(', '“', '《', '「', '[', '‘']);
const CLOSE = new Set([')', '”', '》', '」', ']', '’']);

/** Sentences of `text[from, to)`, split at 。！？ and paragraph breaks; blank sentences left out. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || SENTENCE_END.has(text[i] ?? '')) {
      const end = i === to ? i : text[i] === '\n' ? i : i + 1;
      if (text.slice(start, end).trim() !== '') out.push({ start, end });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Clauses of a sentence, split at `,` `;` `、` `:` outside brackets and quotes. A comma between
 * digits followed by three digits is a thousands separator (`1,000`), not a clause mark.
 */
export function splitClauses(text: string, sentence: Span): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = sentence.start;
  let opener: Clause['opener'] = '';
  let inAsciiQuote = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i] ?? '';
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') {
      inAsciiQuote = !inAsciiQuote;
      depth += inAsciiQuote ? 1 : -1;
    }
    if (depth > 0 || !CLAUSE_MARK.has(ch)) continue;
    if (ch === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
    out.push({ start, end: i, opener });
    opener = ch as Clause['opener'];
    start = i + 1;
  }
  out.push({ start, end: sentence.end, opener });
  return out;
}

/** What a stretch of the report does: look back, plan ahead, explain terms, or open it. */
export type SectionRole = 'front' | 'review' | 'plan' | 'notes';

/** A stretch of the prepared text and its role. */
export interface Section extends Span {
  role: SectionRole;
  /** The 1-based line of its heading (or of the text's first line). */
  line: number;
  heading?: string;
}

const TOP_HEADING = /^([一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}[章部分篇])/;
const REVIEW_WORDS = /(回顾|执行情况|完成情况|过去|总结)/;
const PLAN_WORDS = /(安排|建议|草案|计划|目标|任务|展望|部署|思路)/;

/**
 * The report's sections by role, from its top-level headings (`一、2023年工作回顾`,
 * `二、2025年经济社会发展计划安排建议`) and notes headings (附件, 名词解释). A heading that names
 * neither inherits the role before it (`三、加强政府自身建设` is still the plan).
 */
export function findSections(
  prepared: PreparedProse,
  years: { reviewYear?: number; planYear?: number },
): Section[] {
  const sections: Section[] = [];
  let role: SectionRole = 'front';
  let current: Section = { start: 0, end: prepared.text.length, role, line: 1 };
  sections.push(current);
  for (const paragraph of prepared.paragraphs) {
    const text = prepared.text.slice(paragraph.start, paragraph.end);
    let next: SectionRole | undefined;
    if (paragraph.heading === 'notes') next = 'notes';
    else if (role !== 'notes' && paragraph.heading === 'section' && TOP_HEADING.test(text)) {
      const year = /(\d{4})年/.exec(text)?.[1];
      if (REVIEW_WORDS.test(text)) next = 'review';
      else if (year !== undefined && Number(year) === years.reviewYear) next = 'review';
      else if (PLAN_WORDS.test(text) || (year !== undefined && Number(year) === years.planYear))
        next = 'plan';
      else next = role === 'front' ? 'front' : role;
    }
    if (next === undefined) continue;
    current.end = paragraph.start;
    role = next;
    current = {
      start: paragraph.start,
      end: prepared.text.length,
      role,
      line: paragraph.line,
      heading: text,
    };
    sections.push(current);
  }
  return sections.filter((s) => s.end > s.start);
}

/** Evidence for the years a report reviews and plans. */
export interface InferredYears {
  reviewYear: number | undefined;
  planYear: number | undefined;
  /** The year it was delivered (`——2024年1月25日在…会议上`), if stated. */
  deliveredYear: number | undefined;
}

const plausible = (year: number) => year >= 1949 && year <= 2200;

/**
 * Reads the reviewed and planned years from the text: headings and phrases that name them
 * (`2024年工作回顾`, `2024年国民经济和社会发展计划执行情况`, `2025年计划草案`, `2025年…主要预期目标`),
 * else the delivery date (a report delivered in 2024 reviews 2023 and plans 2024), else one from
 * the other.
 */
export function inferYears(text: string): InferredYears {
  const find = (pattern: RegExp) => {
    const m = pattern.exec(text);
    const year = m?.[1] === undefined ? undefined : Number(m[1]);
    return year !== undefined && plausible(year) ? year : undefined;
  };
  const explicitReview =
    find(/(\d{4})年[^。\n\d]{0,30}?(工作回顾|执行情况|工作总结|完成情况)/) ?? find(/回顾(\d{4})年/);
  const explicitPlan = find(
    /(\d{4})年[^。\n\d]{0,30}?(工作安排|计划草案|计划安排|预期目标|工作建议|主要任务|工作任务)/,
  );
  const deliveredYear = find(/(\d{4})年\d{1,2}月\d{1,2}日在/);
  let reviewYear = explicitReview;
  let planYear = explicitPlan;
  if (reviewYear === undefined && planYear !== undefined) reviewYear = planYear - 1;
  if (planYear === undefined && reviewYear !== undefined) planYear = reviewYear + 1;
  // Work and plan reports are delivered early in the year they plan (过去一年 is the year before).
  if (reviewYear === undefined && deliveredYear !== undefined) {
    reviewYear = deliveredYear - 1;
    planYear = deliveredYear;
  }
  return { reviewYear, planYear, deliveredYear };
}
