import { describe, expect, it } from 'vitest';
import { evaluate } from '../target/target.evaluate.js';
import { figureIn, makeObservation, makeTarget, readSeed } from './compare.test-support.js';
import { nominalGrowth, nominalGrowthObservation } from './growth.js';

const plan = readSeed('haizhu-2025-plan-report.txt');
const review2023 = readSeed('haizhu-2024-work-report.txt');
const gdp2024 = figureIn(plan, /地区生产总值(\d+\.\d+)亿元/);
const gdp2023 = figureIn(review2023, /地区生产总值(\d+\.\d+)亿元/);
const reported2024 = figureIn(plan, /地区生产总值3008\.35亿元,同比\(下同\)增长(\d+\.\d+)%/);

const level = (period: string, value: number) =>
  makeObservation({ id: `gdp-${period}`, period, measure: 'level', unit: '亿元', value });

describe('nominalGrowth', () => {
  it('computes Haizhu GDP 2720.16 → 3008.35亿元 as +10.6 % nominal, labelled as such', () => {
    const growth = nominalGrowth(gdp2024, gdp2023);
    expect(growth.value).toBe(10.6);
    expect(growth.basis).toBe('nominal');
    expect(growth.label.zh).toBe('名义增长+10.6%（按现价总量计算，非可比价增速）');
    expect(growth.label.en).toContain('nominal');
    expect(growth.value).not.toBe(reported2024);
  });

  it('takes observations, converting the earlier level to the later unit', () => {
    const current = level('2024', gdp2024);
    const previous = makeObservation({
      id: 'p',
      period: '2023',
      measure: 'level',
      unit: '万元',
      value: 27201600,
    });
    expect(nominalGrowth(current, previous, { places: 2 }).value).toBe(10.59);
  });

  it('gives an observation that evaluate refuses against a comparable-price target', () => {
    const nominal = nominalGrowthObservation(level('2024', gdp2024), level('2023', gdp2023));
    expect(nominal).toMatchObject({ measure: 'growth', basis: 'nominal', value: 10.6, period: '2024' });
    const target = makeTarget({ period: '2024', basis: 'comparable' });
    expect(evaluate(target, nominal).status).toBe('not-comparable');
    const reported = makeObservation({ period: '2024', basis: 'comparable', value: reported2024 });
    expect(evaluate(target, reported).status).toBe('near');
  });

  it.each([
    ['a zero previous level', () => nominalGrowth(10, 0)],
    ['NaN', () => nominalGrowth(Number.NaN, 1)],
    [
      'growth observations',
      () => nominalGrowth(makeObservation({ period: '2024' }), makeObservation({ period: '2023' })),
    ],
    ['periods in the wrong order', () => nominalGrowth(level('2023', 1), level('2024', 2))],
    ['a year against a quarter', () => nominalGrowth(level('2024', 1), level('2023-Q4', 2))],
    ['units that do not convert', () => nominalGrowth(level('2024', 1), { ...level('2023', 2), unit: '个' })],
    [
      'different jurisdictions',
      () => nominalGrowth(level('2024', 1), { ...level('2023', 2), jurisdictionId: 'yuexiu' }),
    ],
  ])('refuses %s with a clear error', (_, call) => {
    expect(call).toThrow(/\[@luoshi\/core\] nominalGrowth/);
  });
});
