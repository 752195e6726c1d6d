import { describe, expect, it } from 'vitest';
import { Dataset, SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { readSeed } from './compare.test-support.js';
import { latestStatus, tasksByCategory, tasksByReport, tasksByUnit } from './rollup.js';

// The 2025 Haizhu task division: `seq \t task \t lead units separated by spaces`.
function tasksFromDivision(text: string) {
  const rows = text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells): cells is [string, string, string] => cells.length >= 3 && /^\d+$/.test(cells[0] ?? ''));
  const unitNames = [...new Set(rows.flatMap(([, , units]) => units.trim().split(/\s+/)))];
  return {
    units: unitNames.map((name, i) => ({ id: `u${i}`, jurisdictionId: 'haizhu', name })),
    tasks: rows.map(([seq, text, units]) => ({
      id: `hz25-${seq}`,
      reportId: 'hz-2025-division',
      seq: Number(seq),
      text,
      leadUnitIds: units
        .trim()
        .split(/\s+/)
        .map((name) => `u${unitNames.indexOf(name)}`),
    })),
  };
}

describe('roll-ups over the Haizhu 2025 task division', () => {
  const { units, tasks } = tasksFromDivision(readSeed('haizhu-2025-task-division.txt'));
  const dataset = Dataset.parse({
    schemaVersion: SCHEMA_VERSION,
    reports: [
      {
        id: 'hz-2025-division',
        jurisdictionId: 'haizhu',
        kind: 'task-division',
        title: '区政府2025年重点工作及责任分工',
      },
    ],
    units,
    tasks,
  });

  it('counts every task once per lead unit, with no status recorded as unknown', () => {
    const rows = tasksByUnit(dataset);
    const fgj = rows.find((r) => r.unit?.name === '区发改局');
    expect(fgj?.taskIds).toEqual(expect.arrayContaining(['hz25-1', 'hz25-2']));
    expect(fgj?.counts.unknown).toBe(fgj?.total);
    for (const row of rows) expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.total);
  });

  it('rolls all 90 tasks up under their report', () => {
    expect(tasksByReport(dataset)).toMatchObject([
      { reportId: 'hz-2025-division', total: 90, report: { kind: 'task-division' } },
    ]);
  });
});

describe('roll-ups by status, unit role and category', () => {
  const dataset = Dataset.parse({
    schemaVersion: SCHEMA_VERSION,
    reports: [
      { id: 'r1', jurisdictionId: 'haizhu', kind: 'task-division', title: 'A' },
      { id: 'r2', jurisdictionId: 'haizhu', kind: 'task-division', title: 'B' },
    ],
    units: [
      { id: 'fgj', jurisdictionId: 'haizhu', name: '区发改局' },
      { id: 'sjj', jurisdictionId: 'haizhu', name: '区政务和数据局', aliases: ['区政务数据局'] },
      { id: 'idle', jurisdictionId: 'haizhu', name: '区统计局' },
    ],
    tasks: [
      {
        id: 't1',
        reportId: 'r1',
        seq: 1,
        text: '地区生产总值增长5.5%。',
        leadUnitIds: ['fgj'],
        supportUnitIds: ['sjj'],
        category: '经济',
        statusHistory: [
          { status: 'on-track', asOf: '2025-Q2' },
          { status: 'completed', asOf: '2025-12-31' },
          { status: 'at-risk', asOf: '2025-06-30' },
        ],
      },
      {
        id: 't2',
        reportId: 'r1',
        seq: 2,
        text: '固定资产投资增长10%以上。',
        leadUnitIds: ['fgj', 'fgj'],
        category: '经济',
        statusHistory: [{ status: 'at-risk', asOf: '2025-09' }],
      },
      { id: 't3', reportId: 'r2', seq: 1, text: '推进数字政府建设。', leadUnitIds: ['sjj', 'ghost'] },
    ],
  });

  it('takes the latest entry by date or period, not by list order', () => {
    expect(latestStatus(dataset.tasks[0] ?? { statusHistory: [] })).toBe('completed');
    expect(latestStatus({ statusHistory: [] })).toBe('unknown');
  });

  it('counts lead units by default, listed units first, unknown ids after, idle units left out', () => {
    const rows = tasksByUnit(dataset);
    expect(rows.map((r) => [r.unitId, r.total])).toEqual([
      ['fgj', 2],
      ['sjj', 1],
      ['ghost', 1],
    ]);
    expect(rows[0]?.counts).toMatchObject({ completed: 1, 'at-risk': 1, unknown: 0 });
    expect(rows[2]?.unit).toBeUndefined();
  });

  it('counts support roles apart, or both', () => {
    expect(tasksByUnit(dataset, { role: 'support' }).map((r) => [r.unitId, r.total])).toEqual([['sjj', 1]]);
    expect(tasksByUnit(dataset, { role: 'any' }).find((r) => r.unitId === 'sjj')?.total).toBe(2);
    expect(tasksByUnit(dataset, { reportId: 'r2' }).map((r) => r.unitId)).toEqual(['sjj', 'ghost']);
  });

  it('rolls up per report and per category', () => {
    expect(tasksByReport(dataset).map((r) => [r.reportId, r.total, r.counts.unknown])).toEqual([
      ['r1', 2, 0],
      ['r2', 1, 1],
    ]);
    expect(tasksByCategory(dataset).map((r) => [r.category, r.total])).toEqual([
      ['经济', 2],
      [null, 1],
    ]);
  });
});
