import { readableSharedTerms } from '../lineage/lineage.explain.js';
import { compileTermOptions, foldForTerms, scanTerms, type TermLexicon } from '../lineage/lineage.terms.js';
import { buildPostings, buildTermMatrix, termKey, type TermMatrix } from '../lineage/lineage.vectors.js';
import {
  findSections,
  inferYears,
  splitClauses,
  splitSentences,
  type Span,
} from '../report-prose/report-prose.segment.js';
import { lineAt, type PreparedProse, prepareProse, quoteOf } from '../report-prose/report-prose.text.js';
import type { Task } from '../task/task.schema.js';
import { verbsSpeakingOfTask } from './evidence.governs.js';
import { COMPLETION_VERBS, ECHO_VERBS, findVerbs, PROGRESS_VERBS } from './evidence.signals.js';
import {
  DEFAULT_EVIDENCE_THRESHOLD,
  type EvidenceResult,
  type EvidenceSection,
  type EvidenceSentence,
  type FindEvidenceOptions,
  type TaskEvidence,
} from './evidence.types.js';

/** A clause group holding at least this share of the best group's shared weight is in focus. */
const FOCUS_SHARE = 0.5;
/** Shared terms weighing less (boilerplate, bridges, generic endings like 中心) do not say where the task’s words are. */
const CONTENT_BOOST = 1;
/** Generic words (项目, 中心) weigh this much; below it, boilerplate (加快, 重点). */
const GENERIC_BOOST = 0.75;
/** A sentence holding this share of a task made only of generic words speaks of it. */
const GENERIC_TASK_SCORE = 0.5;
/** A sentence holding this share of a task speaks of it with every verb of its clauses. */
const WHOLE_TASK_SCORE = 0.75;

/**
 * Finds, for each task of year N, the sentences of a later report reviewing year N (the plan
 * report or work report delivered in N+1) that speak of it, ranked, with the verbs that signal
 * completion (建成, 完成, 竣工, 开业, 投入运营, 交付, 封顶 …) or progress (加快, 推进, 启动, 动工 …).
 *
 * Only the review part counts: the report's sections are read from its top-level headings
 * (`一、2024年国民经济和社会发展计划执行情况` is the review, `二、2025年…计划安排建议` the plan, 附件 and
 * 名词解释 notes), so a plan's `加快建设…` is never taken for last year's progress. A sentence's
 * score is the share of the task's IDF-weighted terms (names first) that it holds; its signal
 * comes from the clauses where the task's words are, not from the whole sentence, so in
 * `A等10个项目动工建设,B等7个项目封顶` A is under way and B topped out.
 *
 * @example
 * ```ts
 * const { tasks } = findEvidence(tasks2024, planReport2025, { reportId: 'haizhu-2025-plan' });
 * tasks[9].sentences[0]; // { quote: '…广州塔广场开业运营,…', signal: 'completion', completionVerbs: ['开业运营'], … }
 * ```
 */
export function findEvidence(
  tasks: readonly Task[],
  reportText: string,
  options: FindEvidenceOptions,
): EvidenceResult {
  if (!options || typeof options.reportId !== 'string' || options.reportId === '') {
    throw new TypeError(
      '[@luoshi/core] findEvidence: options.reportId is required (the id put on every quote)',
    );
  }
  const threshold = options.threshold ?? DEFAULT_EVIDENCE_THRESHOLD;
  const maxSentences = options.maxSentences ?? 3;
  const prepared = prepareProse(reportText);
  const inferred = inferYears(prepared.text);
  const reviewYear = options.reviewYear ?? inferred.reviewYear;
  const planYear =
    options.planYear ?? inferred.planYear ?? (reviewYear === undefined ? undefined : reviewYear + 1);
  const sections = findSections(prepared, { reviewYear, planYear });
  const warnings: EvidenceResult['warnings'] = [];

  let readable = sections.filter((s) => s.role === 'review');
  if (readable.length === 0 && !sections.some((s) => s.role === 'plan')) {
    // No headings at all: a short review without structure; read it all, but say so.
    readable = sections.filter((s) => s.role !== 'notes');
    warnings.push({
      code: 'no-sections',
      message: {
        zh: '未识别出回顾部分与安排部分的标题，全文均作为证据读取',
        en: 'no review or plan heading was found; the whole text was read as evidence',
      },
    });
  } else if (readable.length === 0) {
    warnings.push({
      code: 'no-review-section',
      message: {
        zh: '报告中没有回顾部分，计划安排不能作为完成情况的证据',
        en: 'the report has no review part; plans are not evidence of what was done',
      },
    });
  }
  const sentences: Span[] = [];
  for (const section of readable)
    sentences.push(...splitSentences(prepared.text, section.start, section.end));

  const lexicon = compileTermOptions(options);
  const matrix = buildTermMatrix(
    [...tasks.map((t) => t.text), ...sentences.map((s) => prepared.text.slice(s.start, s.end))],
    lexicon,
  );
  const postings = buildPostings(matrix, tasks.length, tasks.length + sentences.length);
  const accumulator = new Float64Array(matrix.documents);

  const out: TaskEvidence[] = tasks.map((task, d) => {
    const from = matrix.offsets[d] ?? 0;
    const to = matrix.offsets[d + 1] ?? 0;
    const mass = matrix.mass[d] ?? 0;
    const norm = matrix.norms[d] ?? 0;
    const touched: number[] = [];
    for (let i = from; i < to; i++) {
      const t = matrix.ids[i] ?? 0;
      const raw = (matrix.weights[i] ?? 0) * norm;
      for (let p = postings.offsets[t] ?? 0; p < (postings.offsets[t + 1] ?? 0); p++) {
        const s = postings.docs[p] ?? 0;
        if (accumulator[s] === 0) touched.push(s);
        accumulator[s] = (accumulator[s] ?? 0) + raw + 1e-12;
      }
    }
    const ranked = touched
      .map((s) => ({ s, score: mass > 0 ? Math.min(1, (accumulator[s] ?? 0) / mass) : 0 }))
      .sort((a, b) => b.score - a.score || a.s - b.s);
    for (const s of touched) accumulator[s] = 0;
    const kept = ranked.filter((r) => r.score >= threshold).slice(0, maxSentences);
    return {
      taskId: task.id,
      seq: task.seq,
      sentences: kept.map((r, rank) =>
        describe(prepared, matrix, lexicon, task, d, sentences[r.s - tasks.length] as Span, {
          reportId: options.reportId,
          rank: rank + 1,
          score: Math.round(r.score * 10000) / 10000,
        }),
      ),
    };
  });

  const described: EvidenceSection[] = sections.map((s) => ({
    role: s.role,
    ...(s.heading === undefined ? {} : { heading: s.heading }),
    line: s.line,
    read: readable.includes(s),
  }));
  return { reportId: options.reportId, reviewYear, sections: described, tasks: out, warnings };
}

/** Quotes a sentence and reads the verbs of the clauses where the task's words are. */
function describe(
  prepared: PreparedProse,
  matrix: TermMatrix,
  lexicon: TermLexicon,
  task: Task,
  doc: number,
  span: Span,
  base: { reportId: string; rank: number; score: number },
): EvidenceSentence {
  const weights = new Map<string, number>();
  const norm = matrix.norms[doc] ?? 0;
  for (let i = matrix.offsets[doc] ?? 0; i < (matrix.offsets[doc + 1] ?? 0); i++) {
    weights.set(matrix.keys[matrix.ids[i] ?? 0] ?? '', (matrix.weights[i] ?? 0) * norm);
  }
  const text = prepared.text.slice(span.start, span.end);
  const groups = clauseGroups(prepared.text, span);
  const groupWeight = new Float64Array(groups.length);
  const shared = new Map<string, number>();
  const hits: { at: number; end: number; boost: number }[] = [];
  scanTerms(foldForTerms(text), lexicon, (term, kind, boost, start, end) => {
    const key = termKey(term, kind);
    const w = weights.get(key);
    if (w === undefined) return;
    shared.set(key, w);
    const at = span.start + start;
    if (boost >= GENERIC_BOOST) hits.push({ at, end: span.start + end, boost });
    const g = groups.findIndex((x) => at >= x.start && at < x.end);
    if (g >= 0) groupWeight[g] = (groupWeight[g] ?? 0) + w;
  });
  const best = Math.max(0, ...groupWeight);
  const focused = groups.filter((_, g) => best > 0 && (groupWeight[g] ?? 0) >= FOCUS_SHARE * best);
  const focusStart = focused[0]?.start ?? span.start;
  const focusEnd = focused[focused.length - 1]?.end ?? span.end;

  // Verbs count only where they speak of the task's words, clause group by clause group. Generic
  // words (重点项目, 服务中心) place the task only when they are most of what it says.
  const content = hits.filter((h) => h.boost >= CONTENT_BOOST);
  const placed = content.length > 0 || base.score < GENERIC_TASK_SCORE ? content : hits;
  const taskText = foldForTerms(task.text);
  const completionList = [...COMPLETION_VERBS, ...findVerbs(task.text, ECHO_VERBS)];
  const completion = new Set<string>();
  const progress = new Set<string>();
  for (const group of focused) {
    const clause = foldForTerms(prepared.text.slice(group.start, group.end));
    const inGroup = placed
      .filter((h) => h.at >= group.start && h.end <= group.end)
      .map((h) => ({ start: h.at - group.start, end: h.end - group.start }));
    const options = { wholeTask: base.score >= WHOLE_TASK_SCORE };
    for (const v of verbsSpeakingOfTask(clause, inGroup, taskText, completionList, options))
      completion.add(v);
    for (const v of verbsSpeakingOfTask(clause, inGroup, taskText, PROGRESS_VERBS, options)) progress.add(v);
  }
  const completionVerbs = [...completion];
  const progressVerbs = [...progress];
  const sentence = quoteOf(prepared, span.start, span.end);
  const focus = quoteOf(prepared, focusStart, focusEnd);
  return {
    reportId: base.reportId,
    taskId: task.id,
    rank: base.rank,
    quote: sentence.quote,
    offset: sentence.offset,
    line: lineAt(prepared, sentence.offset),
    score: base.score,
    focus,
    signal: completionVerbs.length > 0 ? 'completion' : progressVerbs.length > 0 ? 'progress' : 'none',
    completionVerbs,
    progressVerbs,
    sharedTerms: readableSharedTerms(text, shared, lexicon, 6),
  };
}

/** A sentence's clauses, those opened by 、 joined to the one before (an enumeration is one group). */
function clauseGroups(text: string, span: Span): Span[] {
  const groups: Span[] = [];
  for (const clause of splitClauses(text, span)) {
    const last = groups[groups.length - 1];
    if (last && clause.opener === '、') last.end = clause.end;
    else groups.push({ start: clause.start, end: clause.end });
  }
  return groups;
}
