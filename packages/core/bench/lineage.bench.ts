// Lineage at scale: matchTasks on two generated lists of 100 000 tasks each, against the same
// engine made to score every pair that shares a term (no index pruning) on a sample, in the same
// run; the all-pairs time for 100 000 × 100 000 is extrapolated from the sample by pair count.
// The generated tasks draw on a small stock of names, so at 100 000 many are near-duplicates and
// rank 1 is often a tie: the share found among the 3 listed says what a reader would see.
// Runs the built package (dist), as users do.
import { generateTaskCorpus, matchTasks, type TaskCorpus } from '../dist/index.js';
import { medianMs, printTable } from './bench.util.js';

const TASKS = 100_000;
const SAMPLE = 2_000;

/** Share of newer tasks that continue an older one and find it at rank 1, and among the 3 listed. */
function recall(corpus: TaskCorpus, result: ReturnType<typeof matchTasks>): string {
  let continued = 0;
  let first = 0;
  let listed = 0;
  result.newer.forEach((entry, k) => {
    const o = corpus.predecessorOf[k] ?? -1;
    if (o < 0) return;
    continued++;
    if (entry.predecessors[0]?.seq === o + 1) first++;
    if (entry.predecessors.some((p) => p.seq === o + 1)) listed++;
  });
  return `${(first / continued).toFixed(3)} / ${(listed / continued).toFixed(3)}`;
}

const corpus = generateTaskCorpus(TASKS, 1);
let indexed = matchTasks(corpus.older, corpus.newer);
const indexedMs = medianMs(() => {
  indexed = matchTasks(corpus.older, corpus.newer);
}, 3);

// All pairs: every older task sharing any term is a candidate and is scored in full.
const sample = generateTaskCorpus(SAMPLE, 1);
const allPairsOptions = {
  maxPostings: SAMPLE,
  postingsBudget: SAMPLE * 1000,
  candidateTerms: 100_000,
  maxCandidates: SAMPLE,
};
let exhaustive = matchTasks(sample.older, sample.newer, allPairsOptions);
const exhaustiveMs = medianMs(() => {
  exhaustive = matchTasks(sample.older, sample.newer, allPairsOptions);
}, 3);
let sampleIndexed = matchTasks(sample.older, sample.newer);
const sampleIndexedMs = medianMs(() => {
  sampleIndexed = matchTasks(sample.older, sample.newer);
}, 3);
const projectedMs = exhaustiveMs * (TASKS / SAMPLE) ** 2;

const pairs = TASKS * TASKS;
printTable(
  `Lineage: matchTasks, ${TASKS.toLocaleString('en')} × ${TASKS.toLocaleString('en')} generated tasks, one core (median of 3)`,
  ['method', 'tasks', 'ms', 'pairs scored', 'continued tasks found at rank 1 / in the 3 listed'],
  [
    [
      'luoshi matchTasks (n-gram index)',
      `${TASKS} × ${TASKS}`,
      indexedMs.toFixed(0),
      `${indexed.stats.scoredPairs.toLocaleString('en')} (${((100 * indexed.stats.scoredPairs) / pairs).toFixed(4)} % of all)`,
      recall(corpus, indexed),
    ],
    [
      'luoshi matchTasks (n-gram index), sample',
      `${SAMPLE} × ${SAMPLE}`,
      sampleIndexedMs.toFixed(0),
      sampleIndexed.stats.scoredPairs.toLocaleString('en'),
      recall(sample, sampleIndexed),
    ],
    [
      'same engine scoring every pair that shares a term, sample',
      `${SAMPLE} × ${SAMPLE}`,
      exhaustiveMs.toFixed(0),
      exhaustive.stats.scoredPairs.toLocaleString('en'),
      recall(sample, exhaustive),
    ],
    [
      'all pairs, projected by pair count',
      `${TASKS} × ${TASKS}`,
      `${projectedMs.toFixed(0)} (${(projectedMs / 3_600_000).toFixed(1)} h)`,
      '',
      '',
    ],
  ],
);
console.log(
  `\nmatchTasks 100k × 100k: ${(indexedMs / 1000).toFixed(1)} s (aim: seconds); ` +
    `all pairs would take ${(projectedMs / indexedMs).toFixed(0)}× as long.`,
);
