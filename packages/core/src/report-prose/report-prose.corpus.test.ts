import { describe, expect, it } from 'vitest';
import { readReportCorpus, scoreDocument } from './report-prose.corpus.js';

const corpus = readReportCorpus();
const scores = corpus.map(({ text, expectation }) => scoreDocument(text, expectation));

describe('real reports of other places and years (packages/fixtures/corpus/reports)', () => {
  it('holds at least five documents, each with hand-typed expectations', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((d) => d.expectation.figures.length >= 10).length).toBeGreaterThanOrEqual(5);
  });

  it.each(scores.map((s) => [s.document, s] as const))('%s: years read from the report itself', (_, s) => {
    expect(s.years.right).toBe(true);
  });

  it('reads ≥ 90 % of the headline figures right and invents none', () => {
    const right = scores.reduce((n, s) => n + s.right, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    const invented = scores.flatMap((s) => s.invented.map((i) => `${s.document}: ${i}`));
    // The figures for the README and the lead: per document and in total.
    for (const s of scores) {
      console.info(`${s.document}: ${s.right}/${s.expected} right, ${s.invented.length} invented`);
      for (const m of s.missed)
        console.info(`  missed ${m.figure.indicator} ${m.figure.value} (${m.figure.in})`);
    }
    console.info(
      `total: ${right}/${expected} right (${((100 * right) / expected).toFixed(1)} %), ${invented.length} invented`,
    );
    expect(invented).toEqual([]);
    expect(right / expected).toBeGreaterThanOrEqual(0.9);
  });
});
