/*
 * Scores the report reader on real documents of other places and years against figures typed by
 * hand from each document (packages/fixtures/corpus/reports/*.expected.json): how many headline
 * figures it reads right (indicator, value, unit, period, comparator) and how many it invents
 * (records on the sampled sentences that no expectation accounts for).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Observation } from '../observation/observation.schema.js';
import type { Target } from '../target/target.schema.js';
import { parseReportProse } from './report-prose.parse.js';
import type { ProseReportKind, ReportProseResult } from './report-prose.types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the corpus lives. */
export const REPORT_CORPUS = join(here, '../../../fixtures/corpus/reports');

/** One figure a reader finds in the document, typed by hand. */
export interface ExpectedFigure {
  /** Words of the document, found once in it, that hold the figure: its sentence is sampled. */
  in: string;
  /** A dictionary id (`gdp`) or, for an indicator the dictionary does not know, its name. */
  indicator: string;
  record: 'actual' | 'target';
  period: string;
  measure: string;
  value: number;
  max?: number;
  unit: string;
  comparator: string;
}

/** Words whose sentence is sampled but that hold no figure to record (a 年均, a five-year total). */
export interface NotAFigure {
  in: string;
  why: string;
}

/** A document's hand-checked expectations. */
export interface CorpusExpectation {
  document: string;
  kind: ProseReportKind;
  reviewYear: number;
  planYear: number;
  figures: ExpectedFigure[];
  notFigures: NotAFigure[];
}

/** How one document scores. */
export interface CorpusScore {
  document: string;
  years: { reviewYear: number | undefined; planYear: number | undefined; right: boolean };
  expected: number;
  right: number;
  /** Expected figures not read exactly, with what was read on their sentence. */
  missed: { figure: ExpectedFigure; readOnSentence: string[] }[];
  /** Records on the sampled sentences that no expected figure accounts for. */
  invented: string[];
}

/** Every document of the corpus with its expectations. */
export function readReportCorpus(): { text: string; expectation: CorpusExpectation }[] {
  return readdirSync(REPORT_CORPUS)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expectation = JSON.parse(readFileSync(join(REPORT_CORPUS, f), 'utf8')) as CorpusExpectation;
      return { text: readFileSync(join(REPORT_CORPUS, expectation.document), 'utf8'), expectation };
    });
}

/** The sentence around `offset` in the original text: between 。！？ marks. */
function sentenceAround(text: string, offset: number, length: number): [number, number] {
  let start = offset;
  while (start > 0 && !/[。！？]/.test(text[start - 1] ?? '')) start--;
  let end = offset + length;
  while (end < text.length && !/[。！？]/.test(text[end - 1] ?? '')) end++;
  return [start, end];
}

type AnyRecord = { kind: 'actual'; r: Observation } | { kind: 'target'; r: Target };

function describe(record: AnyRecord, result: ReportProseResult): string {
  const r = record.r;
  const name = result.indicators.find((i) => i.id === r.indicatorId)?.name ?? r.indicatorId;
  const cmp = record.kind === 'target' ? ` ${record.r.comparator}` : '';
  const max = record.kind === 'target' && record.r.max !== undefined ? `–${record.r.max}` : '';
  return `${record.kind} ${name} ${r.period} ${r.measure}${cmp} ${r.value}${max} ${r.unit}`;
}

function matches(record: AnyRecord, f: ExpectedFigure, result: ReportProseResult): boolean {
  const r = record.r;
  const indicator = result.indicators.find((i) => i.id === r.indicatorId);
  const sameIndicator =
    r.indicatorId === f.indicator || (indicator?.id.startsWith('open-') && indicator.name === f.indicator);
  if (!sameIndicator || record.kind !== f.record) return false;
  if (r.period !== f.period || r.measure !== f.measure || Number(r.value) !== f.value || r.unit !== f.unit) {
    return false;
  }
  if (record.kind === 'target') {
    return record.r.comparator === f.comparator && (f.max === undefined || Number(record.r.max) === f.max);
  }
  // An actual carries no comparator: one stated as a bound (`≤4%`) cannot be read exactly.
  return f.comparator === 'eq';
}

/** Parses one document with the years left to the reader, and scores it. */
export function scoreDocument(text: string, expectation: CorpusExpectation): CorpusScore {
  const result = parseReportProse(text, {
    reportId: expectation.document,
    jurisdictionId: 'corpus',
    kind: expectation.kind,
  });
  const records: AnyRecord[] = [
    ...result.observations.map((r) => ({ kind: 'actual' as const, r })),
    ...result.targets.map((r) => ({ kind: 'target' as const, r })),
  ];
  const spans = [...expectation.figures, ...expectation.notFigures].map((f) => {
    const at = text.indexOf(f.in);
    if (at < 0 || text.indexOf(f.in, at + 1) >= 0) {
      throw new Error(`[@luoshi/core] ${expectation.document}: "${f.in}" must occur exactly once`);
    }
    return sentenceAround(text, at, f.in.length);
  });
  const inSpan = (record: AnyRecord, [start, end]: [number, number]) => {
    const offset = record.r.source?.offset ?? -1;
    return offset >= start && offset < end;
  };
  const used = new Set<AnyRecord>();
  const missed: CorpusScore['missed'] = [];
  let right = 0;
  expectation.figures.forEach((f, i) => {
    const span = spans[i] ?? [0, 0];
    const onSentence = records.filter((r) => inSpan(r, span));
    const hit = onSentence.find((r) => !used.has(r) && matches(r, f, result));
    if (hit) {
      used.add(hit);
      right++;
    } else missed.push({ figure: f, readOnSentence: onSentence.map((r) => describe(r, result)) });
  });
  const sampled = records.filter((r) => spans.some((span) => inSpan(r, span)));
  const invented = sampled.filter((r) => !used.has(r)).map((r) => describe(r, result));
  return {
    document: expectation.document,
    years: {
      reviewYear: result.reviewYear,
      planYear: result.planYear,
      right: result.reviewYear === expectation.reviewYear && result.planYear === expectation.planYear,
    },
    expected: expectation.figures.length,
    right,
    missed,
    invented,
  };
}
