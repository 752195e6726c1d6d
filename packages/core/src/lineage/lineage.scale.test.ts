import { describe, expect, it } from 'vitest';
import { generateTaskCorpus } from './lineage.corpus.js';
import { matchTasks } from './lineage.match.js';

describe('matchTasks at scale (work counted, not time)', () => {
  const n = 5000;
  const corpus = generateTaskCorpus(n, 7);
  const result = matchTasks(corpus.older, corpus.newer);

  it('generates the same corpus for the same seed and another for another seed', () => {
    expect(generateTaskCorpus(50, 7)).toEqual(generateTaskCorpus(50, 7));
    expect(generateTaskCorpus(50, 8).older[0]?.text).not.toBe(generateTaskCorpus(50, 7).older[0]?.text);
    expect(corpus.older).toHaveLength(n);
  });

  it('scores a small fraction of all pairs', () => {
    const all = n * n;
    expect(result.stats.candidatePairs).toBeLessThan(all / 50);
    expect(result.stats.scoredPairs).toBeLessThan(all / 50);
    expect(result.stats.postingsVisited).toBeLessThan(all / 20);
  });

  it('still finds the continued tasks at rank 1', () => {
    let continued = 0;
    let found = 0;
    result.newer.forEach((entry, k) => {
      const o = corpus.predecessorOf[k] ?? -1;
      if (o < 0) return;
      continued++;
      if (entry.predecessors[0]?.seq === o + 1) found++;
    });
    expect(found / continued).toBeGreaterThan(0.95);
  });
});
