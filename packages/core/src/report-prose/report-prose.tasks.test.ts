import { describe, expect, it } from 'vitest';
import { matchPriorActuals } from './report-prose.prior.js';
import { readSeed } from './report-prose.seed-files.js';
import { extractTaskTargets } from './report-prose.tasks.js';

const TASKS = readSeed('haizhu-2025-task-division.txt');
const PRIOR = readSeed('haizhu-2025-plan-report.txt');
/** The text of a task row of the 2025 list, by its seq number. */
const task = (seq: number) => {
  const row = TASKS.split('\n').find((l) => l.startsWith(`${seq}\t`));
  if (!row) throw new Error(`no task ${seq}`);
  return row.split('\t')[1] ?? '';
};
const extract = (seq: number) =>
  extractTaskTargets(task(seq), {
    reportId: 'tasks-2025',
    jurisdictionId: 'haizhu',
    period: '2025',
    taskId: String(seq),
  });

describe('extractTaskTargets', () => {
  it('参赛队伍超8000支、人数超1.5万人: two aspirational targets with indicators named from the text', () => {
    const result = extract(4);
    expect(
      result.targets.map((t) => [t.indicatorId, t.measure, t.comparator, t.value, t.unit, t.strength]),
    ).toEqual([
      ['adhoc:参赛队伍:支', 'count', 'gt', 8000, '支', 'aspirational'],
      ['adhoc:人数:人', 'count', 'gt', 1.5, '万人', 'aspirational'],
    ]);
    expect(result.indicators.map((i) => i.name)).toEqual(['参赛队伍', '人数']);
    expect(result.targetIds).toEqual(result.targets.map((t) => t.id));
    for (const t of result.targets) {
      const s = t.source;
      expect(s && task(4).slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
    }
  });

  it('可调度算力6000P and 城镇新增就业1.8万人 (a dictionary indicator)', () => {
    expect(extract(6).targets).toMatchObject([{ indicatorId: 'adhoc:可调度算力:P', value: 6000, unit: 'P' }]);
    expect(extract(83).targets).toMatchObject([
      { indicatorId: 'urban-new-jobs', measure: 'count', value: 1.8, unit: '万人', strength: 'aspirational' },
    ]);
  });

  it('the headline tasks read as the headline targets', () => {
    expect(extract(1).targets).toMatchObject([{ indicatorId: 'gdp', measure: 'growth', value: 5.5 }]);
    expect(extract(2).targets).toMatchObject([
      { indicatorId: 'fixed-asset-investment', comparator: 'gte', value: 10 },
    ]);
  });

  it('ids are deterministic: the same text gives the same ids', () => {
    expect(extract(9).targets.map((t) => [t.id, t.indicatorId])).toEqual(
      extract(9).targets.map((t) => [t.id, t.indicatorId]),
    );
    expect(extract(9).targets.length).toBeGreaterThanOrEqual(5);
  });

  it('a task without figures has no targets', () => {
    expect(extract(5).targets).toEqual([]);
  });
});

describe('matchPriorActuals', () => {
  const prior = { text: PRIOR, reportId: 'plan-2025', jurisdictionId: 'haizhu' };
  const inputs = (seq: number) => {
    const result = extract(seq);
    return result.targets.map((target) => ({
      target,
      indicator: result.indicators.find((i) => i.id === target.indicatorId) ?? result.indicators[0]!,
      context: task(seq),
    }));
  };

  it('finds 2024’s 6003支队伍 for 2025’s 参赛队伍超8000支, and no actual for 人数', () => {
    const result = matchPriorActuals(inputs(4), prior);
    expect(result.observations).toMatchObject([
      { indicatorId: 'adhoc:参赛队伍:支', period: '2024', value: 6003, unit: '支' },
    ]);
    expect(result.matches).toHaveLength(1);
    const s = result.observations[0]?.source;
    expect(s && PRIOR.slice(s.offset, s.offset + s.quote.length)).toBe(s?.quote);
    expect(s?.quote).toContain('6003支队伍');
  });

  it('finds 可调度算力超5000P and the dictionary actual 城镇新增就业3.23万人', () => {
    expect(matchPriorActuals(inputs(6), prior).observations).toMatchObject([
      { value: 5000, unit: 'P', period: '2024' },
    ]);
    expect(matchPriorActuals(inputs(83), prior).observations).toMatchObject([
      { indicatorId: 'urban-new-jobs', value: 3.23, unit: '万人', period: '2024' },
    ]);
  });

  it('does not match a head noun in an unrelated sentence', () => {
    const result = matchPriorActuals(inputs(9), prior);
    expect(result.observations.some((o) => o.value === 244)).toBe(false);
  });
});
