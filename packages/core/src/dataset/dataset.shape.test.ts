import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './__fixtures__/dataset.arbitrary.js';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { parseDataset } from './dataset.parse.js';
import { formatPath } from './dataset.problem.js';
import { readDatasetShape } from './dataset.shape.js';

describe('readDatasetShape (the page-side check, without zod)', () => {
  it('reads what parseDataset accepts, with the same defaults', () => {
    fc.assert(
      fc.property(datasetArbitrary, (input) => {
        const full = parseDataset(input);
        const quick = readDatasetShape(JSON.parse(JSON.stringify(input)));
        expect(full.ok && quick.ok).toBe(true);
        if (full.ok && quick.ok) expect(quick.dataset).toEqual(JSON.parse(JSON.stringify(full.dataset)));
      }),
      { numRuns: 100 },
    );
  });

  it('finds the mistakes a chart would trip over, at their paths, and leaves the input alone', () => {
    const d = sampleDataset() as Record<string, any>;
    d.targets[0].value = '5.5';
    d.targets[1].period = '2025Q1';
    d.observations[0].measure = 'rate';
    d.tasks[0].leadUnitIds = [];
    d.tasks[0].statusHistory[0].status = 'late';
    d.indicators[0].id = 'new-urban-jobs';
    const before = JSON.stringify(d);
    const result = readDatasetShape(d);
    expect(JSON.stringify(d)).toBe(before);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => formatPath(p.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        'targets[0].value',
        'targets[1].period',
        'observations[0].measure',
        'tasks[0].leadUnitIds',
        'tasks[0].statusHistory[0].status',
        'indicators[1].id',
      ]),
    );
    // Every problem the quick check reports is one the full check reports too.
    const full = parseDataset(d);
    expect(full.ok).toBe(false);
    if (!full.ok)
      for (const path of paths) expect(full.problems.map((p) => formatPath(p.path))).toContain(path);
  });

  it('reads only the collections asked for, still reporting one that is not a list', () => {
    const input = sampleDataset() as Record<string, unknown>;
    const tasks = input.tasks as unknown[];
    expect(tasks.length).toBeGreaterThan(0);
    // A broken task does not matter to a reader of targets alone.
    input.tasks = [...tasks, { id: 7 }];
    expect(readDatasetShape(input).ok).toBe(false);
    const targetsOnly = readDatasetShape(input, {
      collections: ['jurisdictions', 'reports', 'indicators', 'targets', 'observations'],
    });
    expect(targetsOnly.ok).toBe(true);
    if (targetsOnly.ok) {
      expect(targetsOnly.dataset.tasks).toEqual([]);
      expect(targetsOnly.dataset.targets).toHaveLength((input.targets as unknown[]).length);
    }
    input.tasks = 'none';
    const notAList = readDatasetShape(input, { collections: ['targets'] });
    expect(notAList.ok).toBe(false);
    if (!notAList.ok) expect(notAList.problems.map((p) => formatPath(p.path))).toContain('tasks');
  });

  it('refuses what is not a Dataset at all', () => {
    for (const input of [null, 1, 'x', [], { schemaVersion: 99 }, { schemaVersion: 1, tasks: {} }]) {
      expect(readDatasetShape(input).ok).toBe(false);
    }
  });
});
