import type { Localized } from '../i18n/localized.js';
import { defaultIndicatorDictionary, toIndicator } from '../indicator-dictionary/indicator-dictionary.js';
import type { IndicatorDictionary } from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Observation } from '../observation/observation.schema.js';
import type { Target } from '../target/target.schema.js';
import { type Attribution, readSentence } from './report-prose.attribute.js';
import {
  basisOf,
  figureFits,
  isEstimate,
  changeEnd,
  isMultiYear,
  makeObservation,
  makeTarget,
  readFigure,
  type SkipReason,
  statedYear,
  strengthOf,
} from './report-prose.records.js';
import { createOpenVocabulary, type OpenVocabulary } from './report-prose.open-vocabulary.js';
import { findSections, inferYears, type SectionRole, splitSentences } from './report-prose.segment.js';
import { lineAt, type PreparedProse, prepareProse, quoteOf } from './report-prose.text.js';
import type { ParseReportProseOptions, ProseDiagnostic, ReportProseResult } from './report-prose.types.js';

/** A sentence that states the plan's headline targets, wherever it stands. */
const TARGET_SENTENCE = /(主要预期目标|预期目标是|主要目标是|发展目标是|目标任务是|主要指标安排)/;

const SKIP_MESSAGES: Record<SkipReason | 'multi-year' | 'long-term', Localized> = {
  'pp-change': {
    zh: '百分点变化未记录为数值',
    en: 'a change in percentage points is not recorded as a figure',
  },
  multiple: { zh: '倍数变化未记录为数值', en: 'a change stated as a multiple is not recorded as a figure' },
  'absolute-change': { zh: '绝对增量未记录为数值', en: 'an absolute increment is not recorded as a figure' },
  'multi-year': {
    zh: '多年期（年均、五年规划）数值不是本年目标',
    en: 'a multi-year figure (年均, a five-year plan) is not this year’s',
  },
  'long-term': { zh: '远期年份的目标不是本年目标', en: 'a target for a later year is not this year’s' },
};

interface Context {
  prepared: PreparedProse;
  options: ParseReportProseOptions;
  dictionary: IndicatorDictionary;
  open: OpenVocabulary;
  reviewYear: number | undefined;
  planYear: number | undefined;
  targets: Target[];
  observations: Observation[];
  diagnostics: ProseDiagnostic[];
  used: Set<string>;
}

function diagnose(
  ctx: Context,
  severity: ProseDiagnostic['severity'],
  code: string,
  start: number,
  end: number,
  message: Localized,
) {
  const { quote, offset } = quoteOf(ctx.prepared, start, end);
  ctx.diagnostics.push({ severity, code, line: lineAt(ctx.prepared, offset), offset, message, quote });
}

function uniqueId(taken: { id: string }[], id: string): string {
  if (!taken.some((r) => r.id === id)) return id;
  let n = 2;
  while (taken.some((r) => r.id === `${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** A paragraph that looks back over a plan period (`这五年，…`, `“十四五”时期，…`). */
const PERIOD_REVIEW = /^(?:这五年|五年来|过去五年|过去的五年|“?十[一二三四五六]五”?(?:时期|期间|以来))/;

/** A paragraph that turns to one year: `刚刚过去的2025年`, `2025年，…`, `一年来`. */
const ONE_YEAR = /(?:过去的?一年|一年来|今年|\d{4}年[，,是])/;

function record(
  ctx: Context,
  attribution: Attribution,
  role: SectionRole,
  periodReview = false,
  fromTargetSentence = false,
) {
  const entry = ctx.dictionary.get(attribution.indicatorId) ?? ctx.open.get(attribution.indicatorId);
  if (!entry) return;
  const read = readFigure(entry, attribution.figure);
  const at = [attribution.quoteStart, attribution.quoteEnd] as const;
  if (typeof read === 'string') {
    diagnose(ctx, 'info', read, ...at, SKIP_MESSAGES[read]);
    return;
  }
  // 从2020年的…提高到…: the level reached is the end year's; the start level is its own year's.
  const change = changeEnd(attribution);
  if (change?.end === 'from' && change.year === undefined) {
    diagnose(ctx, 'info', 'multi-year', ...at, SKIP_MESSAGES['multi-year']);
    return;
  }
  const stated = change?.year ?? (change?.end === 'to' ? undefined : statedYear(attribution));
  if (
    (isMultiYear(attribution) && change === undefined) ||
    (periodReview && change === undefined && stated === undefined)
  ) {
    diagnose(ctx, 'info', 'multi-year', ...at, SKIP_MESSAGES['multi-year']);
    return;
  }
  const { quote, offset } = quoteOf(ctx.prepared, ...at);
  const source = { reportId: ctx.options.reportId, quote, offset, line: lineAt(ctx.prepared, offset) };
  const estimate = isEstimate(attribution);
  const year = stated;
  const basis = basisOf(attribution);
  const isPlan = role === 'plan';
  const period = year ?? (isPlan ? ctx.planYear : ctx.reviewYear);
  if (period === undefined) {
    diagnose(ctx, 'warning', 'no-year', ...at, {
      zh: '无法确定该数值的年份，请用 reviewYear/planYear 指定',
      en: 'cannot tell the year of this figure: pass reviewYear/planYear',
    });
    return;
  }
  const base = {
    indicatorId: entry.id,
    jurisdictionId: ctx.options.jurisdictionId,
    period: String(period),
    source,
  };
  if (isPlan && !estimate && ctx.planYear !== undefined && period > ctx.planYear) {
    diagnose(ctx, 'info', 'long-term', ...at, SKIP_MESSAGES['long-term']);
    return;
  }
  // An actual stated as a bound (`突破3万亿元`, `≤4%`) is not the year's figure: an observation
  // holds a value, not a comparison.
  if (
    !(isPlan && !estimate && period === ctx.planYear) &&
    read.comparator !== 'eq' &&
    read.comparator !== 'approx'
  ) {
    diagnose(ctx, 'info', 'bound-actual', ...at, {
      zh: '以区间或上下限表述的实绩未记录为数值',
      en: 'an actual stated as a bound is not recorded as a figure',
    });
    return;
  }
  ctx.used.add(entry.id);
  if (isPlan && !estimate && period === ctx.planYear) {
    const id = `${ctx.options.reportId}/target/${entry.id}/${period}/${read.measure}`;
    const target = makeTarget(uniqueId(ctx.targets, id), base, read, strengthOf(attribution), basis);
    const same = ctx.targets.find(
      (t) =>
        t.indicatorId === target.indicatorId &&
        t.period === target.period &&
        t.measure === target.measure &&
        t.comparator === target.comparator &&
        t.value === target.value &&
        t.max === target.max &&
        t.unit === target.unit,
    );
    if (!same) ctx.targets.push(target);
    // The same target stated again in the 主要预期目标 sentence: that sentence is its source.
    else if (fromTargetSentence) ctx.targets[ctx.targets.indexOf(same)] = { ...target, id: same.id };
    if (process.env.H7DEBUG && entry.id === 'surveyed-unemployment')
      console.log('DBG', !!same, fromTargetSentence, quote);
    return;
  }
  const id = `${ctx.options.reportId}/actual/${entry.id}/${period}/${read.measure}`;
  const observation = makeObservation(uniqueId(ctx.observations, id), base, read, basis, estimate);
  const same = ctx.observations.find(
    (o) =>
      o.indicatorId === observation.indicatorId &&
      o.period === observation.period &&
      o.measure === observation.measure &&
      o.value === observation.value &&
      o.unit === observation.unit,
  );
  if (!same) ctx.observations.push(observation);
}

/**
 * Reads a work report or a plan report's prose into targets and observations: the reviewed year's
 * actuals (`全年实现地区生产总值3008.35亿元,同比增长5.4%`), the planned year's targets (the
 * 主要预期目标 sentence and figures the plan gives for headline indicators), each with its quote and
 * offset in `text`. Navigation, footers and advertising lines are left out and listed in
 * `ignoredLines`; figures that look lost or doubtful are reported in `diagnostics`.
 */
export function parseReportProse(text: string, options: ParseReportProseOptions): ReportProseResult {
  const dictionary = options.dictionary ?? defaultIndicatorDictionary;
  const prepared = prepareProse(text);
  const inferred = inferYears(prepared.text);
  const reviewYear =
    options.reviewYear ?? (options.planYear !== undefined ? options.planYear - 1 : inferred.reviewYear);
  const planYear =
    options.planYear ?? (options.reviewYear !== undefined ? options.reviewYear + 1 : inferred.planYear);
  const ctx: Context = {
    prepared,
    options,
    dictionary,
    open: createOpenVocabulary(),
    reviewYear,
    planYear,
    targets: [],
    observations: [],
    diagnostics: [],
    used: new Set(),
  };
  for (const line of prepared.ignored) {
    ctx.diagnostics.push({
      severity: 'info',
      code: 'ignored-line',
      line: line.line,
      offset: line.offset,
      quote: line.text,
      message: {
        zh: `非正文内容已忽略（${line.reason}）`,
        en: `not report content, ignored (${line.reason})`,
      },
    });
  }
  if (reviewYear === undefined || planYear === undefined) {
    ctx.diagnostics.push({
      severity: 'warning',
      code: 'no-year',
      line: 1,
      offset: 0,
      message: {
        zh: '未能从文本判断回顾年份和计划年份，请指定 reviewYear/planYear',
        en: 'could not tell the reviewed and planned years from the text: pass reviewYear/planYear',
      },
    });
  }
  const accept = (id: string, figure: Parameters<typeof figureFits>[1]) => {
    const entry = dictionary.get(id) ?? ctx.open.get(id);
    return entry !== undefined && figureFits(entry, figure);
  };

  // Paragraphs that look back over a plan period: from `这五年，…` up to the paragraph that turns
  // to one year (`刚刚过去的2025年`, `一年来`) or a heading.
  const periodReview = new Set<(typeof prepared.paragraphs)[number] | undefined>();
  let inPeriod = false;
  for (const p of prepared.paragraphs) {
    const opening = prepared.text.slice(p.start, Math.min(p.end, p.start + 24));
    if (PERIOD_REVIEW.test(opening)) inPeriod = true;
    else if (p.heading || ONE_YEAR.test(opening)) inPeriod = false;
    if (inPeriod) periodReview.add(p);
  }

  for (const section of findSections(prepared, { reviewYear, planYear })) {
    if (section.role === 'notes') {
      diagnose(ctx, 'info', 'notes-section', section.start, Math.min(section.end, section.start + 20), {
        zh: '附件、名词解释部分不读取数值',
        en: 'notes and appendices are not read for figures',
      });
      continue;
    }
    for (const sentence of splitSentences(prepared.text, section.start, section.end)) {
      const words = prepared.text.slice(sentence.start, sentence.end);
      const paragraph = prepared.paragraphs.find((p) => sentence.start >= p.start && sentence.start < p.end);

      // In the plan, the 主要预期目标 paragraph goes on after its first 。 (`…5%左右。规模以上工业…`).
      const isTargetSentence =
        TARGET_SENTENCE.test(words) ||
        (section.role === 'plan' &&
          paragraph !== undefined &&
          TARGET_SENTENCE.test(prepared.text.slice(paragraph.start, sentence.start)));
      const role: SectionRole = isTargetSentence
        ? 'plan'
        : section.role === 'front'
          ? 'review'
          : section.role;
      const reading = readSentence(
        prepared.text,
        sentence,
        dictionary,
        accept,
        options.openVocabulary === false ? undefined : ctx.open,
      );
      for (const attribution of reading.attributions)
        record(ctx, attribution, role, periodReview.has(paragraph) && !isTargetSentence, isTargetSentence);
      if (isTargetSentence) {
        for (const figure of reading.unattributed) {
          diagnose(ctx, 'warning', 'unattributed-target', figure.offset, figure.offset + figure.text.length, {
            zh: `目标句中的数值“${figure.text}”未能对应到指标（可在指标词典中补充别名）`,
            en: `the figure "${figure.text}" in the targets sentence matches no indicator (add an alias to the dictionary)`,
          });
        }
      }
    }
  }

  const indicators = [...dictionary.entries, ...ctx.open.entries]
    .filter((e) => ctx.used.has(e.id))
    .map(toIndicator);
  return {
    indicators,
    targets: ctx.targets,
    observations: ctx.observations,
    diagnostics: ctx.diagnostics,
    ignoredLines: prepared.ignored,
    reviewYear,
    planYear,
  };
}
