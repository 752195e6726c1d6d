import { describe, expect, it } from 'vitest';
import { sampleDataset } from './__fixtures__/sample.dataset.js';
import { assertDataset, DatasetError, parseDataset } from './dataset.parse.js';
import { formatPath, formatProblem } from './dataset.problem.js';

describe('parseDataset', () => {
  it('accepts a valid Dataset and fills in defaults', () => {
    const result = parseDataset(sampleDataset());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.indicators[1]?.direction).toBe('increase');
    expect(result.dataset.targets[1]?.strength).toBe('expected');
    expect(result.dataset.observations[0]?.cumulative).toBe(false);
    expect(result.dataset.tasks[0]?.previousTaskIds).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      undefined,
      null,
      42,
      'dataset',
      [],
      [1, 2],
      { schemaVersion: 'x' },
      { tasks: 'no' },
      new Date(),
    ]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it('reports all 20 deliberate mistakes at once, each at its path', () => {
    const d = sampleDataset() as Record<string, any>;
    d.jurisdictions[1].parentId = 'guangdong'; // 1 unknown parent
    d.jurisdictions[0].level = 'metropolis'; // 2 bad enum
    d.reports[0].deliveredOn = '2025-02-30'; // 3 impossible date
    d.reports[1].jurisdictionId = 'yuexiu'; // 4 unknown jurisdiction
    d.reports[1].kind = 'speech'; // 5 bad enum
    d.units.push({ id: 'haizhu-u-fgj', jurisdictionId: 'haizhu', name: '区发改局' }); // 6 duplicate id
    d.units[1].aliases = '区政务数据局'; // 7 wrong type (string for array)
    d.indicators[0].direction = 'up'; // 8 bad enum
    d.targets[0].value = Number.NaN; // 9 NaN
    d.targets[0].period = '2025-13'; // 10 bad period
    d.targets[1].indicatorId = 'gdp-per-capita'; // 11 unknown indicator
    d.targets[1].comparator = 'range'; // 12 range without max
    d.observations[0].measure = 'rate'; // 13 bad enum
    d.observations[1].value = '3008.35'; // 14 wrong type
    d.observations[1].jurisdictionId = 'tianhe'; // 15 unknown jurisdiction
    d.tasks[0].seq = -1; // 16 negative seq
    d.tasks[0].supportUnitIds = ['haizhu-u-99']; // 17 unknown unit
    d.tasks.push({
      id: 'haizhu-2025-tasks-t2',
      reportId: 'haizhu-2025-tasks',
      seq: 2,
      text: '建设花市博物馆',
      leadUnitIds: [],
    }); // 18 empty lead units
    d.tasks[0].statusHistory[0].status = 'late'; // 19 bad status
    d.tasks[0].leadUnitIdz = ['haizhu-u-fgj']; // 20 misspelt key

    const result = parseDataset(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => formatPath(p.path)).sort();
    expect(paths).toEqual(
      [
        'jurisdictions[1].parentId',
        'jurisdictions[0].level',
        'reports[0].deliveredOn',
        'reports[1].jurisdictionId',
        'reports[1].kind',
        'units[2].id',
        'units[1].aliases',
        'indicators[0].direction',
        'targets[0].value',
        'targets[0].period',
        'targets[1].indicatorId',
        'targets[1].max',
        'observations[0].measure',
        'observations[1].value',
        'observations[1].jurisdictionId',
        'tasks[0].seq',
        'tasks[0].supportUnitIds[0]',
        'tasks[1].leadUnitIds',
        'tasks[0].statusHistory[0].status',
        'tasks[0]',
      ].sort(),
    );
    for (const problem of result.problems) {
      expect(problem.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problem.message.en).toMatch(/[a-z]/i);
    }
    const unknownUnit = result.problems.find((p) => formatPath(p.path) === 'tasks[0].supportUnitIds[0]');
    expect(unknownUnit?.code).toBe('unknown_reference');
    expect(formatProblem(unknownUnit!, 'en')).toBe(
      '[@luoshi/core] tasks[0].supportUnitIds[0]: unknown unit "haizhu-u-99" (known: "haizhu-u-fgj", "haizhu-u-zsj")',
    );
    const misspelt = result.problems.find((p) => formatPath(p.path) === 'tasks[0]');
    expect(misspelt?.message.en).toContain('leadUnitIdz');
  });

  it('flags a seq that appears twice in one report', () => {
    const d = sampleDataset() as Record<string, any>;
    d.tasks.push({ ...d.tasks[0], id: 'haizhu-2025-tasks-t1b' });
    const result = parseDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [formatPath(p.path), p.code])).toEqual([
        ['tasks[1].seq', 'duplicate_seq'],
      ]);
  });

  it('assertDataset throws a DatasetError that lists the problems', () => {
    const d = sampleDataset() as Record<string, any>;
    d.tasks[0].leadUnitIds = ['nobody'];
    expect(() => assertDataset(d)).toThrow(DatasetError);
    expect(() => assertDataset(d)).toThrow(/tasks\[0\]\.leadUnitIds\[0\]: unknown unit "nobody"/);
    expect(assertDataset(sampleDataset()).tasks).toHaveLength(1);
  });
});
