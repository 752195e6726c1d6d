import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './__fixtures__/dataset.arbitrary.js';
import { parseDataset } from './dataset.parse.js';

describe('a Dataset survives JSON', () => {
  it('parse → JSON → parse is lossless', () => {
    fc.assert(
      fc.property(datasetArbitrary, (input) => {
        const first = parseDataset(input);
        if (!first.ok) throw new Error(JSON.stringify(first.problems.slice(0, 3)));
        const again = parseDataset(JSON.parse(JSON.stringify(first.dataset)));
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.dataset).toStrictEqual(first.dataset);
      }),
      { numRuns: 200 },
    );
  });

  it('loses nothing the input said', () => {
    fc.assert(
      fc.property(datasetArbitrary, (input) => {
        const result = parseDataset(JSON.parse(JSON.stringify(input)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
        // Parsing may add defaults, never remove or change what was written.
        expect(result.dataset).toMatchObject(JSON.parse(JSON.stringify(input)));
      }),
      { numRuns: 100 },
    );
  });
});
