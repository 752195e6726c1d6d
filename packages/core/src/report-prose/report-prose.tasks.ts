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
import { isNameFigure, nameTaskFigure } from './report-prose.task-names.js';
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

/** An indicator for a figure named by the words around it: 参赛队伍 (支), 可调度算力 (P). */
function adHocIndicator(name: string, figure: Quantity): IndicatorEntry | undefined {
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

/** The dictionary entry a name is exactly, when the figure fits it (固定资产投资迈上700亿元). */
function dictionaryEntryNamed(
  dictionary: IndicatorDictionary,
  name: string,
  figure: Quantity,
): IndicatorEntry | undefined {
  const [mention, ...more] = dictionary.findMentions(name);
  if (!mention || more.length > 0 || mention.offset !== 0 || mention.end !== name.length) return undefined;
  const entry = dictionary.get(mention.indicatorId);
  return entry && figureFits(entry, figure) ? entry : undefined;
}

/**
 * Reads the quantitative targets in one task's text (`力争参赛队伍超8000支、人数超1.5万人`,
 * `力争实现可调度算力6000P`, `力争城镇新增就业1.8万人`). Figures of dictionary indicators go to
 * them; other figures get an indicator named by the words around the figure (see
 * {@link nameTaskFigure}: 参赛队伍 for `参赛队伍超8000支`, 重点项目 for `扎实推进56个重点项目`), with an
 * id made from the name and unit so the same phrase always gives the same id. Figures that are names
 * (5G, 6G, 4K) give no target, and one figure gives at most one target.
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

  // One figure, one target: a figure already read (by its offset in the prepared text) is not read again.
  const used = new Set<number>();
  for (const sentence of splitSentences(prepared.text)) {
    const s = prepared.text.slice(sentence.start, sentence.end);
    const reading = readSentence(prepared.text, sentence, dictionary, accept);
    // Where the words each figure used end (sentence-local): a later figure's name starts after them.
    const ends: Array<[number, number]> = [];
    for (const a of reading.attributions) {
      const entry = dictionary.get(a.indicatorId);
      ends.push([a.figure.offset - sentence.start, a.figure.offset + a.figure.text.length - sentence.start]);
      if (!entry || isNameFigure(a.figure) || used.has(a.figure.offset)) continue;
      used.add(a.figure.offset);
      add(entry, a.figure, a.quoteStart, a.quoteEnd, a.sentenceLead, a.gap);
    }
    const clauses = splitClauses(s, { start: 0, end: s.length });
    const unattributed = [...reading.unattributed].sort((a, b) => a.offset - b.offset);
    for (const figure of unattributed) {
      if (isNameFigure(figure) || used.has(figure.offset)) continue;
      used.add(figure.offset);
      const local = { ...figure, offset: figure.offset - sentence.start };
      const clause = clauses.find((c) => local.offset >= c.start && local.offset <= c.end);
      const from = Math.max(
        clause?.start ?? local.offset,
        ...ends.filter(([at]) => at < local.offset).map(([, end]) => Math.min(end, local.offset)),
      );
      const named = clause ? nameTaskFigure(s, from, local) : undefined;
      const entry = named
        ? (dictionaryEntryNamed(dictionary, named.name, figure) ?? adHocIndicator(named.name, figure))
        : undefined;
      ends.push([local.offset, named?.end ?? local.offset + figure.text.length]);
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
      const start = sentence.start + from;
      add(entry, figure, start, figure.offset + figure.text.length, s.slice(0, local.offset), '');
    }
  }
  return { targets, targetIds: targets.map((t) => t.id), indicators: [...indicators.values()], diagnostics };
}
