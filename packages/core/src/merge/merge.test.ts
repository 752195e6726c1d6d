import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '../dataset/__fixtures__/dataset.arbitrary.js';
import { sampleDataset } from '../dataset/__fixtures__/sample.dataset.js';
import { assertDataset, parseDataset } from '../dataset/dataset.parse.js';
import type { Dataset } from '../dataset/dataset.schema.js';
import { mergeDatasets } from './merge.js';

/** A fragment as the task-division parser makes one: its own counters for ids. */
function taskFragment(
  reportId: string,
  units: string[],
  ids = units.map((_, i) => `haizhu-u-${i + 1}`),
): Dataset {
  return assertDataset({
    schemaVersion: 1,
    jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
    reports: [{ id: reportId, jurisdictionId: 'haizhu', kind: 'task-division', title: reportId }],
    units: units.map((name, i) => ({ id: ids[i]!, jurisdictionId: 'haizhu', name })),
    tasks: units.map((_, i) => ({
      id: `${reportId}-t${i + 1}`,
      reportId,
      seq: i + 1,
      text: `任务${i + 1}`,
      leadUnitIds: [ids[i]!],
    })),
  });
}

describe('mergeDatasets', () => {
  it('folds the same body found in two documents into one unit, and rewrites the tasks', () => {
    const a = taskFragment('tasks-2024', ['区住建局', '区湿地办']);
    const b = taskFragment('tasks-2025', ['区林业和湿地局', '区住建局']);
    const { dataset, notes } = mergeDatasets([a, b]);
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.units.map((u) => u.name)).toEqual(['区住建局', '区湿地办', '区林业和湿地局']);
    const zhujian = dataset.units[0]!.id;
    const lead = (reportId: string, seq: number) =>
      dataset.tasks.find((t) => t.reportId === reportId && t.seq === seq)!.leadUnitIds;
    expect(lead('tasks-2024', 1)).toEqual([zhujian]);
    expect(lead('tasks-2025', 2)).toEqual([zhujian]);
    // 2025's counter id "haizhu-u-1" named a different body: kept apart under a new id, and said so.
    expect(lead('tasks-2025', 1)).toEqual(['haizhu-u-1~2']);
    expect(notes.map((n) => [n.collection, n.id, n.action, n.into])).toEqual([
      ['units', 'haizhu-u-1', 'renamed', 'haizhu-u-1~2'],
      ['units', 'haizhu-u-2', 'folded', 'haizhu-u-1'],
    ]);
  });

  it('folds an indicator named by an alias in another document', () => {
    const a = assertDataset({ ...sampleDataset() });
    const b = assertDataset({
      schemaVersion: 1,
      jurisdictions: [
        { id: 'yuexiu', name: '越秀区', level: 'district', parentId: 'gz' },
        { id: 'gz', name: '广州市', level: 'city' },
      ],
      indicators: [{ id: 'yuexiu-gdp', name: 'GDP', unit: '亿元' }],
      observations: [
        {
          id: 'o1',
          indicatorId: 'yuexiu-gdp',
          jurisdictionId: 'yuexiu',
          period: '2023',
          measure: 'level',
          value: 3810.24,
          unit: '亿元',
        },
      ],
    });
    const { dataset } = mergeDatasets([a, b]);
    expect(parseDataset(dataset).ok).toBe(true);
    expect(dataset.indicators.map((i) => i.id)).toEqual(['gdp', 'new-urban-jobs']);
    expect(dataset.observations.at(-1)?.indicatorId).toBe('gdp');
    // 广州市 arrives under another id: one jurisdiction, and Yuexiu's parent points at it.
    expect(dataset.jurisdictions.map((j) => [j.id, j.parentId])).toEqual([
      ['guangzhou', undefined],
      ['haizhu', 'guangzhou'],
      ['yuexiu', 'guangzhou'],
    ]);
  });

  it('lets a curated report record complete the parsed one', () => {
    const curated = assertDataset({
      schemaVersion: 1,
      jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
      reports: [
        {
          id: 'tasks-2024',
          jurisdictionId: 'haizhu',
          kind: 'task-division',
          title: '2024年区政府工作报告部署任务责任分工',
          issuer: '海珠区人民政府',
        },
      ],
    });
    const { dataset, notes } = mergeDatasets([curated, taskFragment('tasks-2024', ['区住建局'])]);
    expect(dataset.reports).toEqual([
      {
        id: 'tasks-2024',
        jurisdictionId: 'haizhu',
        kind: 'task-division',
        title: '2024年区政府工作报告部署任务责任分工',
        issuer: '海珠区人民政府',
      },
    ]);
    expect(notes).toEqual([]);
  });

  it('merging a fragment with itself changes nothing', () => {
    fc.assert(
      fc.property(datasetArbitrary, (input) => {
        const dataset = assertDataset(input);
        const once = mergeDatasets([dataset]).dataset;
        const twice = mergeDatasets([dataset, dataset]).dataset;
        expect(twice).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });

  it('always yields a valid Dataset that keeps every task', () => {
    fc.assert(
      fc.property(datasetArbitrary, datasetArbitrary, (x, y) => {
        const a = assertDataset(x);
        const b = assertDataset(y);
        const { dataset } = mergeDatasets([a, b]);
        const result = parseDataset(JSON.parse(JSON.stringify(dataset)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
        // Only a task read twice (same id, same content) folds; every other task is kept.
        const texts = (d: Dataset) => new Set(d.tasks.map((t) => `${t.seq}|${t.text}`));
        expect(texts(dataset)).toEqual(new Set([...texts(a), ...texts(b)]));
        expect(dataset.tasks.length).toBeGreaterThanOrEqual(Math.max(a.tasks.length, b.tasks.length));
        expect(dataset.targets.length + dataset.observations.length).toBeLessThanOrEqual(
          a.targets.length + b.targets.length + a.observations.length + b.observations.length,
        );
      }),
      { numRuns: 100 },
    );
  });
});
