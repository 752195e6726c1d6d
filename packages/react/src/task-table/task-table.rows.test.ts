import { describe, expect, it } from 'vitest';
import { guangzhouDataset } from '@luoshi/fixtures';
import { filterChoices, involvesUnit, matchesQuery, taskRows } from './task-table.rows.js';

const dataset = guangzhouDataset();
const rows = taskRows(dataset);

describe('taskRows', () => {
  it('gives one row per task, in dataset order, with unit names and the planned year', () => {
    expect(rows).toHaveLength(dataset.tasks.length);
    const t9 = rows.find((r) => r.id === 'haizhu-2024-task-division-t9')!;
    expect(t9.seq).toBe(9);
    expect(t9.year).toBe(2024);
    expect(t9.leadUnits).toHaveLength(4);
    expect(t9.leadUnits[0]!.name).toBe(dataset.units.find((u) => u.id === 'haizhu-u-1quah0c')!.name);
  });

  it('carries the targets read from the task text, with their indicators', () => {
    const t9 = rows.find((r) => r.id === 'haizhu-2024-task-division-t9')!;
    expect(t9.targets.map((t) => t.target.id)).toEqual(dataset.tasks.find((t) => t.id === t9.id)!.targetIds);
    expect(t9.targets.every((t) => t.indicator !== undefined)).toBe(true);
  });

  it('shows a suggested status, marked as suggested, where none was recorded', () => {
    const t1 = rows.find((r) => r.id === 'haizhu-2024-task-division-t1')!;
    expect(t1.status).toBe('on-track');
    expect(t1.statusSource).toBe('suggested');
    expect(t1.suggestion?.evidence[0]?.quote).toMatch(/交通路网/);
  });

  it('prefers a recorded status to a suggestion', () => {
    const task = { ...dataset.tasks[0]!, statusHistory: [{ status: 'completed' as const, asOf: '2024' }] };
    const [row] = taskRows({ ...dataset, tasks: [task] });
    expect(row!.status).toBe('completed');
    expect(row!.statusSource).toBe('recorded');
  });

  it('gives unknown, from nothing, to a task with neither', () => {
    const [row] = taskRows({ ...dataset, statusSuggestions: [], tasks: [dataset.tasks[0]!] });
    expect(row!.status).toBe('unknown');
    expect(row!.statusSource).toBe('none');
  });

  it('links a continued task to its best predecessor above the threshold', () => {
    const t4 = rows.find((r) => r.id === 'haizhu-2025-task-division-t4')!;
    expect(t4.lineage.newerKind).toBe('continued');
    expect(t4.lineage.predecessor).toEqual({
      taskId: 'haizhu-2024-task-division-t20',
      seq: 20,
      year: 2024,
      score: 0.357,
    });
    const t20 = rows.find((r) => r.id === 'haizhu-2024-task-division-t20')!;
    expect(t20.lineage.olderKind).toBe('carried-over');
    expect(t20.lineage.successors.map((s) => s.taskId)).toContain('haizhu-2025-task-division-t4');
  });

  it('names a unit the dataset lacks by its id rather than dropping it', () => {
    const task = { ...dataset.tasks[0]!, leadUnitIds: ['u-missing'] };
    expect(taskRows({ ...dataset, tasks: [task] })[0]!.leadUnits).toEqual([
      { id: 'u-missing', name: 'u-missing' },
    ]);
  });
});

describe('filters', () => {
  it('searches every word, case-insensitively, in text, units and 序号', () => {
    const t9 = rows.find((r) => r.id === 'haizhu-2024-task-division-t9')!;
    expect(matchesQuery(t9, '新中轴  旧厂')).toBe(true);
    expect(matchesQuery(t9, t9.leadUnits[1]!.name)).toBe(true);
    expect(matchesQuery(t9, '新中轴 不存在的词')).toBe(false);
    expect(matchesQuery(t9, '   ')).toBe(true);
  });

  it('matches a unit as lead or support', () => {
    const row = { leadUnits: [{ id: 'a', name: 'A' }], supportUnits: [{ id: 'b', name: 'B' }] };
    expect(involvesUnit(row, 'a')).toBe(true);
    expect(involvesUnit(row, 'b')).toBe(true);
    expect(involvesUnit(row, 'c')).toBe(false);
  });

  it('offers each unit once, and years newest first', () => {
    const choices = filterChoices(rows);
    expect(new Set(choices.units.map((u) => u.id)).size).toBe(choices.units.length);
    expect(choices.years).toEqual([2025, 2024]);
    expect(choices.statuses).toContain('on-track');
  });
});
