// Lineage at scale: matchTasks on two generated lists of 100 000 tasks each, against the same
// engine made to score every pair that shares a term (no index pruning) on a sample, in the same
// run; the all-pairs time for 100 000 × 100 000 is extrapolated from the sample by pair count.
// Runs the built package (dist), as users do.
import { generateTaskCorpus, matchTasks, type TaskCorpus } from '../dist/index.js';
import { medianMs, printTable } from './bench.util.js';

const TASKS = 100_000;
const SAMPLE = 2_000;

/** Share of newer tasks that continue an older one and find it at rank 1. */
function rankOneRecall(corpus: TaskCorpus, result: ReturnType<typeof matchTasks>): number {
  let continued = 0;
  let found = 0;
  result.newer.forEach((entry, k) => {
    const o = corpus.predecessorOf[k] ?? -1;
    if (o < 0) return;
    continued++;
    if (entry.predecessors[0]?.seq === o + 1) found++;
  });
  return found / continued;
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
const sampleIndexedMs = medianMs(() => matchTasks(sample.older, sample.newer), 3);
const projectedMs = exhaustiveMs * (TASKS / SAMPLE) ** 2;

const pairs = TASKS * TASKS;
printTable(
  `Lineage: matchTasks, ${TASKS.toLocaleString('en')} × ${TASKS.toLocaleString('en')} generated tasks, one core (median of 3)`,
  ['method', 'tasks', 'ms', 'pairs scored', 'rank-1 recall of continued tasks'],
  [
    [
      'luoshi matchTasks (n-gram index)',
      `${TASKS} × ${TASKS}`,
      indexedMs.toFixed(0),
      `${indexed.stats.scoredPairs.toLocaleString('en')} (${((100 * indexed.stats.scoredPairs) / pairs).toFixed(4)} % of all)`,
      rankOneRecall(corpus, indexed).toFixed(4),
    ],
    ['luoshi matchTasks (n-gram index), sample', `${SAMPLE} × ${SAMPLE}`, sampleIndexedMs.toFixed(0), '', ''],
    [
      'same engine scoring every pair that shares a term, sample',
      `${SAMPLE} × ${SAMPLE}`,
      exhaustiveMs.toFixed(0),
      exhaustive.stats.scoredPairs.toLocaleString('en'),
      rankOneRecall(sample, exhaustive).toFixed(4),
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
