// Large task lists for stories, tests and the benchmark: the Guangzhou rows repeated under new ids,
// spread over many units, years and statuses. Deterministic, so a test and a bench see the same rows.
import { TASK_STATUSES, type TaskStatus } from '@luoshi/core';
import { guangzhouDataset } from '@luoshi/fixtures';
import { taskRows, type TaskRow } from './task-table.rows.js';

/** `count` task rows over `unitCount` units (名称 like 海珠区第37街道办事处) and the years 2020–2025. */
export function manyTaskRows(count: number, unitCount = 120): TaskRow[] {
  const base = taskRows(guangzhouDataset());
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `u-${i + 1}`,
    name: `海珠区第${i + 1}街道办事处`,
  }));
  return Array.from({ length: count }, (_, i) => {
    const row = base[i % base.length]!;
    const status: TaskStatus = TASK_STATUSES[i % TASK_STATUSES.length]!;
    const year = 2020 + (i % 6);
    const lead = units[i % unitCount]!;
    const support = units[(i * 7 + 3) % unitCount]!;
    return {
      ...row,
      id: `synthetic-${i + 1}`,
      seq: i + 1,
      year,
      leadUnits: [lead],
      supportUnits: [support],
      status,
      statusSource: i % 3 === 0 ? 'recorded' : 'suggested',
      searchText: `${row.text}\n${i + 1}\n${lead.name}\n${support.name}`.toLowerCase(),
    } satisfies TaskRow;
  });
}
