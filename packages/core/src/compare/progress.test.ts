import { describe, expect, it } from 'vitest';
import { figureIn, makeObservation, makeTarget, readSeed } from './compare.test-support.js';
import { progress } from './progress.js';

const plan = readSeed('haizhu-2025-plan-report.txt');
const aim = figureIn(plan, /力争完成(\d+)亿元/);
const target = makeTarget({
  indicatorId: 'fai',
  measure: 'level',
  unit: '亿元',
  value: aim,
  strength: 'aspirational',
});
const ytd = (period: string, value: number, extra = {}) =>
  makeObservation({
    indicatorId: 'fai',
    measure: 'level',
    unit: '亿元',
    period,
    value,
    cumulative: true,
    ...extra,
  });

describe('progress through the year (时间过半、任务过半)', () => {
  it('puts 520亿元 by Q3 against 700亿元: 74.3 % done, 75 % elapsed, behind pace within tolerance', () => {
    const result = progress(target, ytd('2025-Q3', 520));
    expect(result).toMatchObject({
      donePercent: 74.3,
      elapsedPercent: 75,
      leadPoints: -0.7,
      status: 'on-pace',
    });
    expect(result.explanation.zh).toBe(
      '截至2025年第3季度，完成520亿元，占力争目标700亿元的74.3%，时间进度75%，与序时进度基本持平',
    );
  });

  it('is ahead when more than the elapsed share is done (时间过半、任务过半)', () => {
    const result = progress(target, ytd('2025-06', 385));
    expect(result).toMatchObject({ status: 'ahead', donePercent: 55, elapsedPercent: 50, leadPoints: 5 });
    expect(result.explanation.zh).toContain('快于序时进度5个百分点');
    expect(result.explanation.en).toContain('5 pp ahead of pace');
  });

  it('is behind when less is done, and mentions estimates', () => {
    const result = progress(target, ytd('2025-Q2', 300, { estimate: true }));
    expect(result.status).toBe('behind');
    expect(result.leadPoints).toBe(-7.1);
    expect(result.explanation.zh).toContain('预计完成300亿元');
    expect(result.explanation.en).toContain('7.1 pp behind pace');
  });

  it('inverts for a decrease indicator (a budget used more slowly is ahead)', () => {
    expect(progress(target, ytd('2025-06', 300), { indicator: { direction: 'decrease' } }).status).toBe(
      'ahead',
    );
  });

  it('honours the pace tolerance', () => {
    expect(progress(target, ytd('2025-Q3', 520), { paceTolerance: 0 }).status).toBe('behind');
  });

  it('converts scales exactly (5200000万元 is 520亿元)', () => {
    const result = progress(target, { ...ytd('2025-Q3', 5200000), unit: '万元' });
    expect(result.actual).toBe(520);
  });

  it.each([
    ['a growth target', progress(makeTarget(), makeObservation({ period: '2025-Q3', cumulative: true }))],
    ['another year', progress(target, ytd('2024-Q3', 500))],
    ['a figure for the quarter alone', progress(target, ytd('2025-Q3', 200, { cumulative: false }))],
    ['another unit', progress(target, { ...ytd('2025-Q3', 5), unit: '个' })],
  ])('refuses %s', (_, result) => {
    expect(result.status).toBe('not-comparable');
    expect(result.donePercent).toBeUndefined();
    expect(result.explanation.zh.startsWith('不可比')).toBe(true);
  });
});
