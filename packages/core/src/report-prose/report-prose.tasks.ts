import { defaultIndicatorDictionary, toIndicator } from '../indicator-dictionary/indicator-dictionary.js';
import type {
  IndicatorDictionary,
  IndicatorEntry,
} from '../indicator-dictionary/indicator-dictionary.types.js';
import type { Indicator } from '../indicator/indicator.schema.js';
import type { Quantity } from '../quantity/quantity.types.js';
import type { Target } from '../target/target.schema.js';
import { readSentence } from './report-prose.attribute.js';
import {
  basisOf,
  figureFits,
  isMultiYear,
  makeTarget,
  readFigure,
  strengthOf,
} from './report-prose.records.js';
import { splitClauses, splitSentences } from './report-prose.segment.js';
import { lineAt, prepareProse, quoteOf } from './report-prose.text.js';
import type { ProseDiagnostic } from './report-prose.types.js';

/** Options of {@link extractTaskTargets}. */
export interface ExtractTaskTargetsOptions {
  /** The report the task belongs to (`source.reportId`). */
  reportId: string;
  jurisdictionId: string;
  /** The period the task's targets are for (the report's plan year). */
  period: string;
  /** Used in target ids so that two tasks' targets never collide. Default: `task`. */
  taskId?: string;
  /** Offset of `taskText` in the document, added to every `source.offset`. Default: 0. */
  offset?: number;
  /** Default: `defaultIndicatorDictionary`. */
  dictionary?: IndicatorDictionary;
}

/** Targets read from one task's text. */
export interface TaskTargetsResult {
  targets: Target[];
  /** The ids of `targets`, for the task's `targetIds`. */
  targetIds: string[];
  /** The indicators the targets refer to: dictionary entries, and indicators made up from the text. */
  indicators: Indicator[];
  diagnostics: ProseDiagnostic[];
}

// Words that lead into a figure without naming what is counted.
const LEAD_WORDS = /^(力争|争取|确保|努力|全力|推动|带动|实现|完成|全年|累计|共|达到|打造)+/;
const TRAIL_WORDS = /(实现|完成|达到|达|突破|超过|超|约|近|增长|增至|不少于|不低于|共|累计|为|的)+$/;
const VERB_ONLY =
  /^(新增|新建|建成|培育|引进|引育|新引育|新落地|落地|举办|开展|储备|新培育|新引进|完成|打造)?$/;

/** An indicator named by the words around a figure: 参赛队伍 (支), 可调度算力 (P). */
function adHocIndicator(sentence: string, clauseStart: number, figure: Quantity): IndicatorEntry | undefined {
  const before = sentence.slice(clauseStart, figure.offset).replace(LEAD_WORDS, '').replace(TRAIL_WORDS, '');
  let name = before;
  if (VERB_ONLY.test(before)) {
    // `新增5个以上都市工业特色点位`: the counted thing comes after the figure.
    const after = sentence
      .slice(figure.offset + figure.text.length)
      .split(/[,;、:。]/)[0]
      ?.replace(/^(以上|左右|的)/, '');
    name = `${before}${after ?? ''}`;
  }
  name = name.replace(/^[“”"《》()]+|[“”"《》()]+$/g, '').slice(-20);
  if (!/[\u4e00-\u9fffA-Za-z]/.test(name)) return undefined;
  const unit = figure.unit === '%' ? '%' : figure.unit;
  if (!unit) return undefined;
  return {
    id: `adhoc:${name}:${figure.unit === '%' ? '%' : figure.baseUnit}`,
    name,
    unit,
    direction: 'increase',
    aliases: [],
  };
}

/**
 * Reads the quantitative targets in one task's text (`力争参赛队伍超8000支、人数超1.5万人`,
 * `力争实现可调度算力6000P`, `力争城镇新增就业1.8万人`). Figures of dictionary indicators go to
 * them; other figures get an indicator made up from the words before the figure (参赛队伍, unit 支)
 * or, when those are only a verb, after it (`新增5个都市工业特色点位`), with an id made from the
 * name and unit so the same phrase always gives the same id.
 */
export function extractTaskTargets(taskText: string, options: ExtractTaskTargetsOptions): TaskTargetsResult {
  const dictionary = options.dictionary ?? defaultIndicatorDictionary;
  const prepared = prepareProse(taskText);
  const shift = options.offset ?? 0;
  const targets: Target[] = [];
  const indicators = new Map<string, Indicator>();
  const diagnostics: ProseDiagnostic[] = [];
  const accept = (id: string, figure: Quantity) => {
    const entry = dictionary.get(id);
    return entry !== undefined && figureFits(entry, figure);
  };
  const add = (
    entry: IndicatorEntry,
    figure: Quantity,
    start: number,
    end: number,
    lead: string,
    gap: string,
  ) => {
    const attribution = {
      indicatorId: entry.id,
      figure,
      quoteStart: start,
      quoteEnd: end,
      sentenceLead: lead,
      scopeLead: lead.slice(
        Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1,
      ),
      gap,
    };
    const read = readFigure(entry, figure);
    if (typeof read === 'string' || isMultiYear(attribution)) return;
    // A made-up indicator has no level unit of its own: a rate read for it is its growth.
    if (entry.id.startsWith('adhoc:') && (figure.change === 'growth' || figure.change === 'decline')) {
      read.measure = 'growth';
    }
    const { quote, offset } = quoteOf(prepared, start, end);
    const source = { reportId: options.reportId, quote, offset: offset + shift };
    const id = `${options.reportId}/task-target/${options.taskId ?? 'task'}/${targets.length + 1}`;
    const base = {
      indicatorId: entry.id,
      jurisdictionId: options.jurisdictionId,
      period: options.period,
      source,
    };
    targets.push(makeTarget(id, base, read, strengthOf(attribution), basisOf(attribution)));
    indicators.set(entry.id, toIndicator(entry));
  };

  for (const sentence of splitSentences(prepared.text)) {
    const s = prepared.text.slice(sentence.start, sentence.end);
    const reading = readSentence(prepared.text, sentence, dictionary, accept);
    for (const a of reading.attributions) {
      const entry = dictionary.get(a.indicatorId);
      if (entry) add(entry, a.figure, a.quoteStart, a.quoteEnd, a.sentenceLead, a.gap);
    }
    const clauses = splitClauses(s, { start: 0, end: s.length });
    for (const figure of reading.unattributed) {
      const local = { ...figure, offset: figure.offset - sentence.start };
      const clause = clauses.find((c) => local.offset >= c.start && local.offset <= c.end);
      const entry = clause ? adHocIndicator(s, clause.start, local) : undefined;
      if (!entry) {
        const { quote, offset } = quoteOf(prepared, figure.offset, figure.offset + figure.text.length);
        diagnostics.push({
          severity: 'warning',
          code: 'unnamed-figure',
          line: lineAt(prepared, offset),
          offset: offset + shift,
          quote,
          message: {
            zh: `数值“${figure.text}”找不到所指的事项`,
            en: `cannot tell what the figure "${figure.text}" counts`,
          },
        });
        continue;
      }
      const start = sentence.start + (clause?.start ?? local.offset);
      add(entry, figure, start, figure.offset + figure.text.length, s.slice(0, local.offset), '');
    }
  }
  return { targets, targetIds: targets.map((t) => t.id), indicators: [...indicators.values()], diagnostics };
}
