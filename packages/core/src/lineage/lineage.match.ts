import type { Task } from '../task/task.schema.js';
import { contributionsByKey, readableSharedTerms, scanText, type ScannedText } from './lineage.explain.js';
import { compileTermOptions, type TermLexicon } from './lineage.terms.js';
import {
  DEFAULT_MATCH_THRESHOLD,
  type LineageResult,
  type LineageStats,
  type MatchTasksOptions,
  type NewerTaskKind,
  type NewerTaskLineage,
  type OlderTaskLineage,
  type PredecessorMatch,
} from './lineage.types.js';
import {
  buildPostings,
  buildTermMatrix,
  sharedTerms,
  sharedWeight,
  type TermMatrix,
} from './lineage.vectors.js';

/** A newer task that takes in this much less of its text than its predecessor holds is `expanded`. */
const EXPANDED_OLDER_COVERAGE = 0.5;
const EXPANDED_NEWER_COVERAGE = 0.3;

interface Scored {
  doc: number;
  score: number;
}

/**
 * Links each task of year N+1 (`newer`) to its likely predecessors in year N (`older`).
 *
 * Both lists are read as TF-IDF vectors of character bigrams and trigrams, names (places,
 * projects, programmes: 琶洲, 环岛路, 康鹭片区, “八项升级行动”), figures with units and Latin tokens;
 * IDF is taken over both lists and a stoplist makes policy boilerplate (加快, 推动, 打造, 一批) weigh
 * little, so names decide. The score of a pair is the cosine of its vectors (0..1).
 *
 * Not all pairs are compared: an inverted index over the older tasks' terms yields, for each newer
 * task, the older tasks that share one of its rarest terms (terms held by very many older tasks
 * are skipped), and only the best of those candidates are scored in full. Work grows with the
 * candidates, not with `older.length × newer.length`; `stats` counts it.
 *
 * Newer tasks are classified `continued`, `expanded` (several predecessors above the threshold,
 * or the predecessor's content taken in with much more besides) or `new`; older tasks
 * `carried-over` or `not-repeated`. The output is deterministic: ties go to the earlier task.
 *
 * @example
 * ```ts
 * const lineage = matchTasks(tasks2024, tasks2025);
 * lineage.newer[54].predecessors[0]; // { seq: 17, score: 0.6…, sharedTerms: ['环岛路沙渡路', …], … }
 * ```
 */
export function matchTasks(
  older: readonly Task[],
  newer: readonly Task[],
  options: MatchTasksOptions = {},
): LineageResult {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(
      `[@luoshi/core] matchTasks: options.threshold must be within 0..1 (got ${threshold})`,
    );
  }
  const maxPredecessors = positive(options.maxPredecessors, 3, 'maxPredecessors');
  const candidateTerms = positive(options.candidateTerms, 24, 'candidateTerms');
  const maxCandidates = positive(options.maxCandidates, 16, 'maxCandidates');
  const maxPostings = positive(
    options.maxPostings,
    Math.max(64, Math.ceil(4 * Math.sqrt(older.length))),
    'maxPostings',
  );
  const postingsBudget = positive(options.postingsBudget, 256, 'postingsBudget');
  const maxSharedTerms = positive(options.maxSharedTerms, 6, 'maxSharedTerms');
  const lexicon = compileTermOptions(options);

  const nOld = older.length;
  const matrix = buildTermMatrix([...older.map((t) => t.text), ...newer.map((t) => t.text)], lexicon);
  const postings = buildPostings(matrix, 0, nOld);
  const stats: LineageStats = {
    olderTasks: nOld,
    newerTasks: newer.length,
    vocabulary: matrix.keys.length,
    postingsVisited: 0,
    candidatePairs: 0,
    scoredPairs: 0,
    cappedTerms: 0,
  };
  for (let t = 0; t < matrix.keys.length; t++) {
    if ((postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0) > maxPostings) stats.cappedTerms++;
  }

  const accumulator = new Float64Array(nOld);
  const touched = new Int32Array(nOld);
  let widest = 0;
  for (let d = nOld; d < matrix.documents; d++)
    widest = Math.max(widest, (matrix.offsets[d + 1] ?? 0) - (matrix.offsets[d] ?? 0));
  const order = new Float64Array(Math.max(1, widest));
  const scratch = new Float64Array(Math.max(1, nOld));
  const newerOut: NewerTaskLineage[] = [];
  const successors: OlderTaskLineage['successors'][] = older.map(() => []);

  for (let k = 0; k < newer.length; k++) {
    const d = nOld + k;
    const from = matrix.offsets[d] ?? 0;
    const to = matrix.offsets[d + 1] ?? 0;
    // Candidates: older tasks sharing one of this task's most telling, not too common terms.
    let terms = 0;
    for (let i = from; i < to; i++) {
      const t = matrix.ids[i] ?? 0;
      const length = (postings.offsets[t + 1] ?? 0) - (postings.offsets[t] ?? 0);
      if (length > 0 && length <= maxPostings)
        order[terms++] = orderKey(length, matrix.weights[i] ?? 0, i - from);
    }
    // Rarest first, until the postings budget is spent: names are rare, boilerplate is not.
    const ranked = order.subarray(0, terms).sort();
    let touchedCount = 0;
    let spent = 0;
    for (let r = 0; r < terms && r < candidateTerms; r++) {
      const key = ranked[r] ?? 0;
      const entry = from + (key % ORDER_POSITIONS);
      const t = matrix.ids[entry] ?? 0;
      const pStart = postings.offsets[t] ?? 0;
      const length = (postings.offsets[t + 1] ?? 0) - pStart;
      if (r > 0 && spent + length > postingsBudget) break;
      spent += length;
      const w = matrix.weights[entry] ?? 0;
      const pEnd = postings.offsets[t + 1] ?? 0;
      for (let p = pStart; p < pEnd; p++) {
        const o = postings.docs[p] ?? 0;
        if (accumulator[o] === 0) touched[touchedCount++] = o;
        accumulator[o] = (accumulator[o] ?? 0) + w * (postings.weights[p] ?? 0) + 1e-9;
      }
      stats.postingsVisited += length;
    }
    stats.candidatePairs += touchedCount;
    const candidates = topCandidates(touched, touchedCount, accumulator, maxCandidates, scratch);
    for (let c = 0; c < touchedCount; c++) accumulator[touched[c] ?? 0] = 0;

    // Full scores of the candidates only: both rows are sorted by term id, so a merge reads
    // memory in order (a dense vector of a 400 000-term vocabulary would not stay in cache).
    for (const candidate of candidates) candidate.score = sharedWeight(matrix, candidate.doc, d, 'cosine');
    stats.scoredPairs += candidates.length;
    // Scores are reported to four decimals; a pair that rounds to 0 shares nothing worth showing.
    const best = candidates
      .filter((c) => c.score >= 0.00005)
      .sort(byScore)
      .slice(0, maxPredecessors);

    const task = newer[k] as Task;
    const scanned = best.length > 0 ? scanText(task.text, lexicon) : undefined;
    const predecessors = best.map((c, rank): PredecessorMatch => {
      const old = older[c.doc] as Task;
      const score = round(Math.min(1, c.score));
      return {
        taskId: old.id,
        seq: old.seq,
        rank: rank + 1,
        score,
        aboveThreshold: score >= threshold,
        sharedTerms: explain(matrix, lexicon, scanned as ScannedText, d, c.doc, maxSharedTerms),
      };
    });
    predecessors.forEach((p, i) => {
      if (!p.aboveThreshold) return;
      const o = best[i]?.doc ?? 0;
      successors[o]?.push({ taskId: task.id, seq: task.seq, score: p.score, rank: p.rank });
    });
    newerOut.push({
      taskId: task.id,
      seq: task.seq,
      leadUnitIds: [...task.leadUnitIds],
      kind: classify(matrix, d, best, predecessors),
      predecessors,
    });
  }

  const olderOut = older.map((task, o): OlderTaskLineage => {
    const list = (successors[o] ?? []).sort((a, b) => b.score - a.score || a.seq - b.seq);
    return {
      taskId: task.id,
      seq: task.seq,
      leadUnitIds: [...task.leadUnitIds],
      kind: list.length > 0 ? 'carried-over' : 'not-repeated',
      successors: list,
    };
  });
  return { newer: newerOut, older: olderOut, threshold, stats };
}

const ORDER_POSITIONS = 2 ** 21;
const ORDER_WEIGHTS = 2 ** 12;

/**
 * One sortable number per term of a task: postings length (rarest first), then weight (heaviest
 * first, to 1/4096), then position in the row. Sorting numbers natively makes no objects.
 */
function orderKey(length: number, weight: number, position: number): number {
  const w = Math.round((1 - Math.min(1, Math.max(0, weight))) * (ORDER_WEIGHTS - 1));
  return (Math.min(length, 2 ** 20 - 1) * ORDER_WEIGHTS + w) * ORDER_POSITIONS + position;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(
      `[@luoshi/core] matchTasks: options.${name} must be a positive integer (got ${value})`,
    );
  }
  return value;
}

/** The `k` best candidates by accumulated score, best first (ties: earlier task first). */
function topCandidates(
  touched: Int32Array,
  count: number,
  accumulator: Float64Array,
  k: number,
  scratch: Float64Array,
): Scored[] {
  let floor = -Infinity;
  if (count > k) {
    for (let c = 0; c < count; c++) scratch[c] = accumulator[touched[c] ?? 0] ?? 0;
    floor = kthLargest(scratch, count, k);
  }
  const out: Scored[] = [];
  for (let c = 0; c < count; c++) {
    const doc = touched[c] ?? 0;
    const score = accumulator[doc] ?? 0;
    if (score >= floor) out.push({ doc, score });
  }
  out.sort(byScore);
  if (out.length > k) out.length = k;
  return out;
}

/** The `k`-th largest of `values[0, count)`, by quickselect (reorders them). */
function kthLargest(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return values[want] ?? -Infinity;
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.doc - b.doc;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function classify(
  matrix: TermMatrix,
  doc: number,
  best: Scored[],
  predecessors: PredecessorMatch[],
): NewerTaskKind {
  const above = predecessors.filter((p) => p.aboveThreshold);
  if (above.length === 0) return 'new';
  if (above.length >= 2) return 'expanded';
  const first = best[0]?.doc ?? 0;
  const olderTaken = sharedWeight(matrix, first, doc, 'coverage');
  const newerShared = sharedWeight(matrix, doc, first, 'coverage');
  return olderTaken >= EXPANDED_OLDER_COVERAGE && newerShared < EXPANDED_NEWER_COVERAGE
    ? 'expanded'
    : 'continued';
}

function explain(
  matrix: TermMatrix,
  lexicon: TermLexicon,
  text: ScannedText,
  a: number,
  b: number,
  limit: number,
): string[] {
  return readableSharedTerms(
    text,
    contributionsByKey(matrix.keys, sharedTerms(matrix, a, b)),
    lexicon,
    limit,
  );
}
