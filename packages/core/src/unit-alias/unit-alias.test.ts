import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchTasks } from '../lineage/lineage.match.js';
import { parseTaskDivision } from '../task-division/task-division.parse.js';
import {
  DEFAULT_UNIT_ALIASES,
  extendUnitAliases,
  normaliseUnitName,
  suggestUnitRenames,
} from './unit-alias.js';

const here = dirname(fileURLToPath(import.meta.url));
function readSeed(name: string): string {
  for (const dir of [join(here, '../../../fixtures/sources'), join(here, '../../../../../shared/seeds')]) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  }
  throw new Error(`seed ${name} not found`);
}

describe('normaliseUnitName', () => {
  it('folds the renames and mergers of the default table', () => {
    expect(normaliseUnitName('区政务数据局')).toBe('区政务和数据局');
    expect(normaliseUnitName('区湿地办')).toBe('区林业和湿地局');
    expect(normaliseUnitName(' 区住建局 ')).toBe('区住建局');
  });

  it('follows chains of a user-extended table', () => {
    const table = extendUnitAliases(DEFAULT_UNIT_ALIASES, [
      { from: '区政务和数据局', to: '区数据局', kind: 'renamed' },
    ]);
    expect(normaliseUnitName('区政务数据局', table)).toBe('区数据局');
    expect(normaliseUnitName('区政务数据局')).toBe('区政务和数据局');
  });

  it('rejects cycles and empty names with the entry at fault', () => {
    expect(() =>
      extendUnitAliases(DEFAULT_UNIT_ALIASES, [{ from: '区林业和湿地局', to: '区湿地办', kind: 'renamed' }]),
    ).toThrow(/cycle/);
    expect(() => extendUnitAliases([], [{ from: '', to: 'x', kind: 'renamed' }])).toThrow(/aliases\[0\]/);
  });
});

describe('suggestUnitRenames on Haizhu 2024 → 2025', () => {
  const a = parseTaskDivision(readSeed('haizhu-2024-task-division.txt'), {
    jurisdictionId: 'haizhu',
    reportId: 'a',
  });
  const b = parseTaskDivision(readSeed('haizhu-2025-task-division.txt'), {
    jurisdictionId: 'haizhu',
    reportId: 'b',
  });
  const lineage = matchTasks(a.tasks, b.tasks);

  it('proposes both known renames from the documents alone (empty table)', () => {
    const pairs = suggestUnitRenames(a.units, b.units, lineage, { table: [] }).map(
      (s) => `${s.from}→${s.to}`,
    );
    expect(pairs).toContain('区政务数据局→区政务和数据局');
    expect(pairs).toContain('区湿地办→区林业和湿地局');
    // Street offices that share one character (江海街, 海幢街) are not renames.
    expect(pairs.some((p) => p.startsWith('江海街'))).toBe(false);
  });

  it('proposes nothing the table already folds', () => {
    const pairs = suggestUnitRenames(a.units, b.units, lineage).map((s) => s.from);
    expect(pairs).not.toContain('区政务数据局');
    expect(pairs).not.toContain('区湿地办');
  });

  it('ranks a rename whose successor tasks it leads above one without', () => {
    const unit = (id: string, name: string) => ({ id, jurisdictionId: 'j', name, aliases: [] });
    const older = [unit('u1', '区湿地办'), unit('u2', '区数字办')];
    const newer = [unit('v1', '区林业和湿地局'), unit('v2', '区数字经济局')];
    const task = (id: string, text: string, lead: string) => ({
      id,
      reportId: 'r',
      seq: Number(id.slice(1)),
      text,
      leadUnitIds: [lead],
      supportUnitIds: [],
      targetIds: [],
      statusHistory: [],
      previousTaskIds: [],
    });
    const m = matchTasks(
      [task('a1', '启动海珠湿地八项升级行动', 'u1')],
      [task('b1', '深化海珠湿地八项升级行动', 'v1')],
    );
    const s = suggestUnitRenames(older, newer, m, { table: [] });
    expect(s.map((x) => x.to)).toEqual(['区林业和湿地局', '区数字经济局']);
    expect(s[0]?.taskPairs).toHaveLength(1);
    expect(s[1]?.taskPairs).toHaveLength(0);
  });
});
