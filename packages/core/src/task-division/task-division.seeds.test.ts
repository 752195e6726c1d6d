import { describe, expect, it } from 'vitest';
import { Task } from '../task/task.schema.js';
import { Unit } from '../unit/unit.schema.js';
import { haizhu2024Expected } from './haizhu-2024.expected.js';
import { haizhu2025Expected } from './haizhu-2025.expected.js';
import { parseTaskDivision } from './task-division.parse.js';
import { accountingProblems, readable, readSeed } from './task-division.test-helpers.js';

const seeds = [
  {
    file: 'haizhu-2024-task-division.txt',
    reportId: 'haizhu-2024-td',
    expected: haizhu2024Expected,
    headers: 2,
  },
  {
    file: 'haizhu-2025-task-division.txt',
    reportId: 'haizhu-2025-td',
    expected: haizhu2025Expected,
    headers: 11,
  },
];

describe.each(seeds)('$file', ({ file, reportId, expected, headers }) => {
  const text = readSeed(file);
  const result = parseTaskDivision(text, { jurisdictionId: 'haizhu', reportId });
  const tasks = readable(result);

  it(`reads exactly ${expected.length} tasks, numbered 1..${expected.length}`, () => {
    expect(result.tasks).toHaveLength(expected.length);
    expect(result.tasks.map((task) => task.seq)).toEqual(expected.map(([seq]) => seq));
  });

  it.each(expected.map((row) => ({ seq: row[0], text: row[1], lead: row[2] })))(
    'task $seq: text and lead units exact',
    ({ seq, text: taskText, lead }) => {
      const task = tasks.find(([s]) => s === seq);
      expect(task).toEqual([seq, taskText, [...lead], []]);
    },
  );

  it('gives tasks ids from the report and 序号, valid against the Task schema', () => {
    for (const task of result.tasks) {
      expect(task.id).toBe(`${reportId}-t${task.seq}`);
      expect(Task.safeParse(task).success).toBe(true);
    }
  });

  it('makes one unit record per body, valid against the Unit schema', () => {
    const names = result.units.map((unit) => unit.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(result.units.map((unit) => unit.id)).size).toBe(names.length);
    expect(new Set(names)).toEqual(new Set(expected.flatMap(([, , lead]) => lead)));
    for (const unit of result.units) expect(Unit.safeParse(unit).success).toBe(true);
  });

  it('accounts for every non-blank line, with the repeated page headers as headers', () => {
    expect(accountingProblems(text, result)).toEqual([]);
    const headerLines = result.lines.filter((account) => account.kind === 'header');
    // The title plus each 序号 重点任务 牵头单位 header.
    expect(headerLines).toHaveLength(headers + 1);
    expect(result.lines.filter((account) => account.kind === 'diagnostic')).toEqual([]);
  });

  it('reports nothing wrong', () => {
    expect(result.diagnostics).toEqual([]);
  });
});

describe('units across the two years', () => {
  it('reuses known units by name or alias, so a renamed body keeps its id', () => {
    const first = parseTaskDivision(readSeed('haizhu-2024-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'haizhu-2024-td',
    });
    const renamed = first.units.map((unit) =>
      unit.name === '区政务数据局' ? { ...unit, name: '区政务和数据局', aliases: ['区政务数据局'] } : unit,
    );
    const second = parseTaskDivision(readSeed('haizhu-2025-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'haizhu-2025-td',
      knownUnits: renamed,
    });
    const before = first.units.find((unit) => unit.name === '区政务数据局');
    const task7 = second.tasks.find((task) => task.seq === 7);
    expect(before).toBeDefined();
    expect(task7?.leadUnitIds).toEqual([before?.id]);
    const housing2024 = first.units.find((unit) => unit.name === '区住建局')?.id;
    expect(second.tasks.find((task) => task.seq === 35)?.leadUnitIds).toEqual([housing2024]);
  });

  it('derives the same id for the same name in documents parsed separately', () => {
    const a = parseTaskDivision(readSeed('haizhu-2024-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'a',
    });
    const b = parseTaskDivision(readSeed('haizhu-2025-task-division.txt'), {
      jurisdictionId: 'haizhu',
      reportId: 'b',
    });
    const idOf = (units: Unit[], name: string): string | undefined => units.find((u) => u.name === name)?.id;
    expect(idOf(a.units, '区发改局')).toBe(idOf(b.units, '区发改局'));
    expect(idOf(a.units, '区发改局')).toMatch(/^haizhu-u-/);
    expect(idOf(a.units, '区发改局')).not.toBe(idOf(a.units, '区住建局'));
  });
});
