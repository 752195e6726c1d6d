import { defaultIndicatorDictionary } from '../indicator-dictionary/indicator-dictionary.js';
import type { IndicatorDictionary } from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Observation } from '../observation/observation.schema.js';
import { findQuantities } from '../quantity/quantity.parse.js';
import type { Target } from '../target/target.schema.js';
import { detectReportKind } from './report-prose.kind.js';
import { parseReportProse } from './report-prose.parse.js';
import { levelMeasure } from './report-prose.records.js';
import { findSections, splitClauses, splitSentences } from './report-prose.segment.js';
import { lineAt, prepareProse, quoteOf } from './report-prose.text.js';
import type { ProseReportKind } from './report-prose.types.js';

/** A target to find last year's actual for, with the words around it (the task's text). */
export interface PriorMatchInput {
  target: Target;
  indicator: Indicator;
  /** The words the target was read from; shared words make a match more certain. Default: the target's quote. */
  context?: string;
}

/** The report that reviews the year before the target's. */
export interface PriorReport {
  text: string;
  reportId: string;
  jurisdictionId: string;
  /** Default: detected from the text. */
  kind?: ProseReportKind;
  /** Default: read from the text. */
  reviewYear?: number;
  dictionary?: IndicatorDictionary;
}

/** A target and the prior year's actual of the same indicator. */
export interface PriorMatch {
  targetId: string;
  observationId: string;
  /** How sure: higher is surer (a dictionary indicator's own figure scores 10). */
  score: number;
}

/** The prior actuals found and which target each belongs to. */
export interface PriorMatchResult {
  observations: Observation[];
  matches: PriorMatch[];
}

function bigrams(text: string): Set<string> {
  const cjk = text.replace(/[^\u4e00-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < cjk.length; i++) out.add(cjk.slice(i, i + 2));
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Finds, in a report that reviews the prior year, the actual of each target's indicator, so the
 * target's ambition can be measured (2025's 参赛队伍超8000支 against 2024's 6003支队伍). Dictionary
 * indicators are matched by id from the report's parsed actuals. Indicators made up from a task's
 * words are matched by a figure in the same unit whose clause names the indicator (可调度算力超5000P)
 * or whose counted noun follows it (6003支队伍), preferring sentences that share words with the task.
 */
export function matchPriorActuals(items: readonly PriorMatchInput[], prior: PriorReport): PriorMatchResult {
  const dictionary = prior.dictionary ?? defaultIndicatorDictionary;
  const detected = detectReportKind(prior.text).kind;
  const kind: ProseReportKind = prior.kind ?? (detected === 'plan-report' ? 'plan-report' : 'work-report');
  const parsed = parseReportProse(prior.text, {
    reportId: prior.reportId,
    jurisdictionId: prior.jurisdictionId,
    kind,
    dictionary,
    ...(prior.reviewYear !== undefined ? { reviewYear: prior.reviewYear } : {}),
  });
  const year = parsed.reviewYear;
  const observations: Observation[] = [];
  const matches: PriorMatch[] = [];
  const prepared = prepareProse(prior.text);
  const sections = findSections(prepared, {
    reviewYear: parsed.reviewYear,
    planYear: parsed.planYear,
  }).filter((s) => s.role === 'review' || s.role === 'front');

  // How many sentences of the prior report hold each pair of characters: only rare pairs (琶洲算法
  // 大赛) say two sentences are about the same thing; 全年, 增长, 亿元 are in every other sentence.
  const sentenceWords = splitSentences(prepared.text).map((s) =>
    bigrams(prepared.text.slice(s.start, s.end)),
  );
  const frequency = new Map<string, number>();
  for (const words of sentenceWords) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rareLimit = Math.max(4, Math.ceil(sentenceWords.length / 100));

  for (const { target, indicator, context } of items) {
    if (dictionary.get(indicator.id)) {
      const found = parsed.observations.find(
        (o) => o.indicatorId === indicator.id && o.measure === target.measure && o.period === String(year),
      );
      if (found) {
        if (!observations.includes(found)) observations.push(found);
        matches.push({ targetId: target.id, observationId: found.id, score: 10 });
      }
      continue;
    }
    if (target.measure === 'growth' || year === undefined) continue;
    const baseUnit = target.unit.replace(/^(万亿|千万|百万|亿|万|千)/, '') || target.unit;
    const head = indicator.name.slice(-2);
    // Words the task shares with a sentence, beyond the indicator's own name.
    const own = bigrams(indicator.name);
    const words = new Set(
      [...bigrams(context ?? target.source?.quote ?? '')].filter(
        (w) => !own.has(w) && (frequency.get(w) ?? 0) <= rareLimit,
      ),
    );
    let best: { score: number; start: number; end: number; value: number; unit: string } | undefined;
    for (const section of sections) {
      for (const sentence of splitSentences(prepared.text, section.start, section.end)) {
        const s = prepared.text.slice(sentence.start, sentence.end);
        const clauses = splitClauses(s, { start: 0, end: s.length });
        for (const q of findQuantities(s)) {
          if (q.baseUnit !== baseUnit || q.change !== 'level') continue;
          const clause = clauses.find((c) => q.offset >= c.start && q.offset <= c.end);
          const lead = s.slice(clause?.start ?? 0, q.offset);
          const after = s.slice(q.offset + q.text.length, q.offset + q.text.length + 4);
          const common = shared(words, bigrams(s));
          let score: number;
          if (lead.includes(indicator.name)) score = 3;
          // A head noun alone (队伍, 项目) is weak: the sentence must share words with the task.
          else if ((after.startsWith(head) || lead.endsWith(head)) && common >= 3) score = 2;
          else continue;
          score += Math.min(common, 4) * 0.5;
          if (!best || score > best.score) {
            best = {
              score,
              start: sentence.start + (clause?.start ?? 0),
              end: sentence.start + q.offset + q.text.length + (after.startsWith(head) ? head.length : 0),
              value: q.value,
              unit: q.unit,
            };
          }
        }
      }
    }
    if (!best) continue;
    const { quote, offset } = quoteOf(prepared, best.start, best.end);
    const observation: Observation = {
      id: `${prior.reportId}/actual/${indicator.id}/${year}/${levelMeasure(baseUnit)}`,
      indicatorId: indicator.id,
      jurisdictionId: prior.jurisdictionId,
      period: String(year),
      measure: levelMeasure(baseUnit),
      value: best.value,
      unit: best.unit,
      basis: 'unspecified',
      cumulative: false,
      estimate: false,
      source: { reportId: prior.reportId, quote, offset, line: lineAt(prepared, offset) },
    };
    observations.push(observation);
    matches.push({ targetId: target.id, observationId: observation.id, score: best.score });
  }
  return { observations, matches };
}
