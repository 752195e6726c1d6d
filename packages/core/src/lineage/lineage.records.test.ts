import { describe, expect, it } from 'vitest';
import { assertDataset, parseDataset } from '../dataset/dataset.parse.js';
import { SCHEMA_VERSION } from '../dataset/dataset.schema.js';
import { mergeDatasets } from '../merge/merge.js';
import type { TaskDivisionResult } from '../task-division/task-division.types.js';
import { matchTasks } from './lineage.match.js';
import { lineageRecords } from './lineage.records.js';
import { haizhuLists } from './lineage.test-support.js';

function fragment(reportId: string, year: number, list: TaskDivisionResult) {
  return assertDataset({
    schemaVersion: SCHEMA_VERSION,
    jurisdictions: [{ id: 'haizhu', name: '海珠区', level: 'district' }],
    reports: [
      { id: reportId, jurisdictionId: 'haizhu', kind: 'task-division', title: reportId, planYear: year },
    ],
    units: list.units,
    tasks: list.tasks,
  });
}

describe('lineageRecords: Haizhu 2024 → 2025 as the Dataset carries it', () => {
  const { y2024, y2025 } = haizhuLists();
  const result = matchTasks(y2024.tasks, y2025.tasks);
  const links = lineageRecords(result);

  it('holds one link per predecessor listed, with both tasks’ kinds', () => {
    expect(links).toHaveLength(result.newer.reduce((n, t) => n + t.predecessors.length, 0));
    const kindOf = new Map(result.older.map((o) => [o.taskId, o.kind]));
    for (const link of links) {
      const newer = result.newer.find((t) => t.taskId === link.newerTaskId);
      expect(newer?.kind).toBe(link.newerKind);
      expect(kindOf.get(link.olderTaskId)).toBe(link.olderKind);
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
  });

  it('says that 2025 task 55 continues 2024 task 17 (环岛路沙渡路—南洲路段)', () => {
    const t55 = y2025.tasks.find((t) => t.seq === 55)!;
    const t17 = y2024.tasks.find((t) => t.seq === 17)!;
    const best = links.find((l) => l.newerTaskId === t55.id && l.rank === 1);
    expect(best).toMatchObject({ olderTaskId: t17.id, aboveThreshold: true, olderKind: 'carried-over' });
    expect(best?.newerKind).not.toBe('new');
  });

  it('makes a valid Dataset with the two task lists', () => {
    const { dataset } = mergeDatasets([
      fragment('haizhu-2024-td', 2024, y2024),
      fragment('haizhu-2025-td', 2025, y2025),
    ]);
    const result = parseDataset({ ...dataset, taskLinks: links });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });
});
