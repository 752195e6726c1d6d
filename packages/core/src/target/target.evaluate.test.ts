import { describe, expect, it } from 'vitest';
import type { Direction } from '../indicator/indicator.schema.js';
import { figureIn, makeObservation, makeTarget, readSeed } from '../compare/compare.test-support.js';
import { evaluate, EVALUATE_DEFAULTS } from './target.evaluate.js';
import type { Comparator, Measure } from './target.schema.js';

type Row = [Comparator, Direction, number, number | undefined, number, string];

// Rates in percentage points with the default tolerances (eq ±0.05, approx ±0.5, near band 0.5).
const rateCases: Row[] = [
  ['eq', 'increase', 5.5, undefined, 5.5, 'met'],
  ['eq', 'increase', 5.5, undefined, 5.55, 'met'],
  ['eq', 'increase', 5.5, undefined, 5.45, 'met'],
  ['eq', 'increase', 5.5, undefined, 5.6, 'exceeded'],
  ['eq', 'increase', 5.5, undefined, 5.4, 'near'],
  ['eq', 'increase', 5.5, undefined, 4.95, 'near'],
  ['eq', 'increase', 5.5, undefined, 4.9, 'missed'],
  ['gte', 'increase', 10, undefined, 10, 'met'],
  ['gte', 'increase', 10, undefined, 10.05, 'met'],
  ['gte', 'increase', 10, undefined, 17.6, 'exceeded'],
  ['gte', 'increase', 10, undefined, 9.9, 'near'],
  ['gte', 'increase', 10, undefined, 9.5, 'near'],
  ['gte', 'increase', 10, undefined, 9.4, 'missed'],
  ['gt', 'increase', 10, undefined, 10, 'near'],
  ['gt', 'increase', 10, undefined, 10.01, 'met'],
  ['gt', 'increase', 10, undefined, 10.1, 'exceeded'],
  ['gt', 'increase', 10, undefined, 9, 'missed'],
  ['lte', 'increase', 3, undefined, 2, 'met'],
  ['lte', 'increase', 3, undefined, 3, 'met'],
  ['lte', 'increase', 3, undefined, 3.2, 'near'],
  ['lte', 'increase', 3, undefined, 4, 'missed'],
  ['lt', 'increase', 3, undefined, 3, 'near'],
  ['lt', 'increase', 3, undefined, 2.9, 'met'],
  ['approx', 'increase', 4.0, undefined, 4.5, 'met'],
  ['approx', 'increase', 4.0, undefined, 3.5, 'met'],
  ['approx', 'increase', 4.0, undefined, 4.6, 'exceeded'],
  ['approx', 'increase', 4.0, undefined, 3.4, 'near'],
  ['approx', 'increase', 4.0, undefined, 2.9, 'missed'],
  ['range', 'increase', 5, 6, 5, 'met'],
  ['range', 'increase', 5, 6, 6, 'met'],
  ['range', 'increase', 5, 6, 6.1, 'exceeded'],
  ['range', 'increase', 5, 6, 4.9, 'near'],
  ['range', 'increase', 5, 6, 4.4, 'missed'],
  ['eq', 'decrease', 3, undefined, 3, 'met'],
  ['eq', 'decrease', 3, undefined, 2.9, 'exceeded'],
  ['eq', 'decrease', 3, undefined, 3.1, 'near'],
  ['eq', 'decrease', 3, undefined, 3.6, 'missed'],
  ['lte', 'decrease', 3, undefined, 2, 'exceeded'],
  ['lte', 'decrease', 3, undefined, 2.97, 'met'],
  ['lte', 'decrease', 3, undefined, 3.3, 'near'],
  ['lte', 'decrease', 3, undefined, 3.6, 'missed'],
  ['lt', 'decrease', 3, undefined, 3, 'near'],
  ['lt', 'decrease', 3, undefined, 2.96, 'met'],
  ['gte', 'decrease', 3, undefined, 5, 'met'],
  ['gte', 'decrease', 3, undefined, 2.8, 'near'],
  ['gte', 'decrease', 3, undefined, 2, 'missed'],
  ['gt', 'decrease', 3, undefined, 3, 'near'],
  ['approx', 'decrease', 3, undefined, 2.4, 'exceeded'],
  ['approx', 'decrease', 3, undefined, 3.5, 'met'],
  ['approx', 'decrease', 3, undefined, 3.6, 'near'],
  ['range', 'decrease', 2, 3, 1.9, 'exceeded'],
  ['range', 'decrease', 2, 3, 2.5, 'met'],
  ['range', 'decrease', 2, 3, 3.1, 'near'],
  ['range', 'decrease', 2, 3, 3.6, 'missed'],
  ['approx', 'target', 3, undefined, 3.4, 'met'],
  ['approx', 'target', 3, undefined, 3.6, 'near'],
  ['approx', 'target', 3, undefined, 2.4, 'near'],
  ['approx', 'target', 3, undefined, 4.1, 'missed'],
  ['approx', 'target', 3, undefined, 1.9, 'missed'],
  ['eq', 'target', 2, undefined, 2.3, 'near'],
  ['eq', 'target', 2, undefined, 1.7, 'near'],
  ['eq', 'target', 2, undefined, 2.6, 'missed'],
  ['range', 'target', 2, 3, 2.5, 'met'],
  ['range', 'target', 2, 3, 3.4, 'near'],
  ['range', 'target', 2, 3, 1.4, 'missed'],
  ['gte', 'target', 2, undefined, 10, 'met'],
  ['lte', 'target', 3, undefined, 1, 'met'],
  ['lte', 'target', 3, undefined, 3.4, 'near'],
];

describe('evaluate: every comparator and direction (rates)', () => {
  it.each(rateCases)(
    '%s %s target %s..%s, actual %s → %s',
    (comparator, direction, value, max, actual, status) => {
      const target = makeTarget({ comparator, value, ...(max === undefined ? {} : { max }) });
      const result = evaluate(target, makeObservation({ value: actual }), { indicator: { direction } });
      expect(result.status).toBe(status);
    },
  );
});

// Levels and counts: tolerances in percent of the target (eq ±0.5 %, near band 5 %).
const levelCases: [Measure, string, number, number, string][] = [
  ['level', '亿元', 700, 700, 'met'],
  ['level', '亿元', 700, 703.5, 'met'],
  ['level', '亿元', 700, 704, 'exceeded'],
  ['level', '亿元', 700, 690, 'near'],
  ['level', '亿元', 700, 661.5, 'near'],
  ['level', '亿元', 700, 661, 'missed'],
  ['count', '万人', 1.8, 1.75, 'near'],
  ['count', '万人', 1.8, 1.7, 'missed'],
  ['count', '场', 300, 298.5, 'met'],
];

describe('evaluate: levels and counts', () => {
  it.each(levelCases)('%s eq %s %s, actual %s → %s', (measure, unit, value, actual, status) => {
    const target = makeTarget({ measure, unit, value, indicatorId: 'x' });
    expect(evaluate(target, makeObservation({ measure, unit, value: actual, indicatorId: 'x' })).status).toBe(
      status,
    );
  });

  it('gives the gap absolute and relative, and the achievement ratio', () => {
    const target = makeTarget({ measure: 'count', unit: '万人', value: 1.8 });
    const result = evaluate(target, makeObservation({ measure: 'count', unit: '万人', value: 1.75 }));
    expect(result.gap).toEqual({ absolute: -0.05, relative: -2.8, unit: '万人' });
    expect(result.achievement).toBe(0.9722);
    expect(result.explanation.zh).toContain('完成目标的97.2%');
    expect(result.explanation.en).toContain('97.2% achieved');
  });

  it('converts an actual given at another Chinese scale exactly (17500人 against 1.8万人)', () => {
    const target = makeTarget({ measure: 'count', unit: '万人', value: 1.8 });
    const result = evaluate(target, makeObservation({ measure: 'count', unit: '人', value: 17500 }));
    expect(result.gap?.absolute).toBe(-0.05);
    expect(result.status).toBe('near');
  });

  it('gives no relative gap or achievement for rates', () => {
    const result = evaluate(makeTarget(), makeObservation({ value: 5.4 }));
    expect(result.gap?.unit).toBe('pp');
    expect(result.gap?.relative).toBeUndefined();
    expect(result.achievement).toBeUndefined();
  });
});

describe('evaluate: tolerances are configurable', () => {
  it('documents its defaults', () => {
    expect(EVALUATE_DEFAULTS.approxTolerance.points).toBe(0.5);
    expect(EVALUATE_DEFAULTS.eqTolerance.points).toBe(0.05);
  });

  it('widens the 左右 band', () => {
    const target = makeTarget({ comparator: 'approx', value: 4.0 });
    const actual = makeObservation({ value: 4.9 });
    expect(evaluate(target, actual).status).toBe('exceeded');
    expect(evaluate(target, actual, { approxTolerance: { points: 1 } }).status).toBe('met');
  });

  it('narrows eq to an exact figure', () => {
    const actual = makeObservation({ value: 5.51 });
    expect(evaluate(makeTarget(), actual).status).toBe('met');
    expect(evaluate(makeTarget(), actual, { eqTolerance: { points: 0 } }).status).toBe('exceeded');
  });

  it('narrows the near band', () => {
    const actual = makeObservation({ value: 5.4 });
    expect(evaluate(makeTarget(), actual, { nearBand: { points: 0.01 } }).status).toBe('missed');
  });

  it('applies relative tolerances to levels', () => {
    const target = makeTarget({ measure: 'level', unit: '亿元', value: 700 });
    const actual = makeObservation({ measure: 'level', unit: '亿元', value: 690 });
    expect(evaluate(target, actual, { eqTolerance: { percent: 2 } }).status).toBe('met');
  });
});

describe('evaluate: what cannot be compared', () => {
  it('is pending without an actual', () => {
    const result = evaluate(makeTarget(), undefined);
    expect(result.status).toBe('pending');
    expect(result.gap).toBeUndefined();
    expect(result.explanation.zh).toBe('尚无2025年实际数据（目标5.5%）');
  });

  it('refuses comparable-price growth against nominal growth', () => {
    const result = evaluate(
      makeTarget({ basis: 'comparable' }),
      makeObservation({ basis: 'nominal', value: 10.6 }),
    );
    expect(result.status).toBe('not-comparable');
    expect(result.gap).toBeUndefined();
    expect(result.explanation.zh).toContain('可比价');
    expect(result.explanation.en).toContain('nominal');
  });

  it('compares an unstated basis, and says so', () => {
    const result = evaluate(
      makeTarget({ basis: 'comparable' }),
      makeObservation({ basis: 'unspecified', value: 5.4 }),
    );
    expect(result.status).toBe('near');
    expect(result.explanation.zh).toContain('实际未注明价格口径');
    expect(result.explanation.en).toContain('the actual does not state its price basis');
  });

  it.each([
    ['measure', { measure: 'level', unit: '亿元', value: 3008.35 }],
    ['unit', { unit: '个百分点' }],
    ['indicator', { indicatorId: 'tax' }],
    ['jurisdiction', { jurisdictionId: 'yuexiu' }],
    ['year', { period: '2024' }],
  ] as const)('refuses another %s', (_, overrides) => {
    expect(evaluate(makeTarget(), makeObservation(overrides)).status).toBe('not-comparable');
  });

  it('compares a year-to-date growth rate with the annual target, saying up to when', () => {
    const result = evaluate(
      makeTarget(),
      makeObservation({ period: '2025-Q3', cumulative: true, value: 5.2 }),
    );
    expect(result.status).toBe('near');
    expect(result.explanation.zh.startsWith('截至2025年第3季度，实际增长5.2%')).toBe(true);
    expect(result.explanation.en.startsWith('By 2025 Q3, actual growth 5.2%')).toBe(true);
  });

  it('refuses a year-to-date level against an annual level (that is progress)', () => {
    const target = makeTarget({ measure: 'level', unit: '亿元', value: 700 });
    const result = evaluate(
      target,
      makeObservation({ measure: 'level', unit: '亿元', value: 520, period: '2025-Q3', cumulative: true }),
    );
    expect(result.status).toBe('not-comparable');
    expect(result.explanation.zh).toContain('序时进度');
  });
});

describe('evaluate: the explanation and flags', () => {
  it('reads Haizhu GDP +5.4% against 5.5% from the documents, at source precision', () => {
    const plan = readSeed('haizhu-2025-plan-report.txt');
    const actual = figureIn(plan, /地区生产总值3008\.35亿元,同比\(下同\)增长(\d+(?:\.\d+)?)%/);
    const targetValue = figureIn(plan, /主要预期目标是[:：]地区生产总值增长(\d+(?:\.\d+)?)%/);
    // The brief's example: the 5.5 % target figure set beside 2024's +5.4 %.
    const target = makeTarget({ period: '2024', value: targetValue, basis: 'comparable' });
    const result = evaluate(target, makeObservation({ period: '2024', value: actual, basis: 'comparable' }));
    expect(result.gap).toEqual({ absolute: -0.1, unit: 'pp' });
    expect(result.status).toBe('near');
    expect(result.explanation).toEqual({
      zh: '实际增长5.4%，低于目标5.5%，差0.1个百分点（接近目标）',
      en: 'Actual growth 5.4%, 0.1 pp below the 5.5% target (near)',
    });
  });

  it('flags 力争 targets in the result and the line', () => {
    const plan = readSeed('haizhu-2025-plan-report.txt');
    const value = figureIn(plan, /力争完成(\d+)亿元/);
    const target = makeTarget({
      measure: 'level',
      unit: '亿元',
      value,
      strength: 'aspirational',
      indicatorId: 'fai',
    });
    const result = evaluate(
      target,
      makeObservation({ measure: 'level', unit: '亿元', value: 710.2, indicatorId: 'fai' }),
    );
    expect(result.aspirational).toBe(true);
    expect(result.status).toBe('exceeded');
    expect(result.explanation.zh).toContain('高于力争目标700亿元，多10.2亿元');
    expect(result.explanation.en).toContain('aspirational (力争)');
    expect(evaluate(makeTarget(), makeObservation()).aspirational).toBe(false);
  });

  it('says when the actual is an estimate (预计)', () => {
    const result = evaluate(makeTarget(), makeObservation({ value: 5.6, estimate: true }));
    expect(result.explanation.zh.startsWith('预计增长5.6%')).toBe(true);
    expect(result.explanation.en.startsWith('Estimated growth 5.6%')).toBe(true);
  });

  it('writes a decline as 下降', () => {
    const result = evaluate(makeTarget({ value: 1.0 }), makeObservation({ value: -2.3 }));
    expect(result.explanation.zh).toContain('实际下降2.3%');
    expect(result.gap?.absolute).toBe(-3.3);
  });

  it('measures a range gap from its nearest bound and says when inside', () => {
    const target = makeTarget({ comparator: 'range', value: 5, max: 6 });
    expect(evaluate(target, makeObservation({ value: 6.4 })).gap?.absolute).toBe(0.4);
    expect(evaluate(target, makeObservation({ value: 4.7 })).gap?.absolute).toBe(-0.3);
    const inside = evaluate(target, makeObservation({ value: 5.3 }));
    expect(inside.explanation.zh).toContain('处于目标区间（5%—6%）内');
    expect(inside.explanation.en).toContain('within the 5%–6% target range');
  });

  it('words each comparator', () => {
    const line = (comparator: Comparator) =>
      evaluate(makeTarget({ comparator, value: 10 }), makeObservation({ value: 12 })).explanation;
    expect(line('gte').zh).toContain('目标（10%以上）');
    expect(line('gt').en).toContain('more than 10%');
    expect(line('lte').zh).toContain('不超过10%');
    expect(line('lt').en).toContain('less than 10%');
    expect(line('approx').zh).toContain('10%左右');
  });

  it('shows figures as written when the source gave trailing zeros (4.0%左右)', () => {
    const target = makeTarget({ comparator: 'approx', value: 4, decimals: 1 });
    const level = evaluate(target, makeObservation({ value: 4, decimals: 1 }));
    expect(level.explanation.zh).toBe(
      '实际增长4.0%，达到目标（4.0%左右）（完成）；目标与实际均未注明价格口径',
    );
    const above = evaluate(target, makeObservation({ value: 4.5 }));
    expect(
      above.explanation.en.startsWith(
        'Actual growth 4.5%, 0.5 pp above the target of about 4.0% (met); neither',
      ),
    ).toBe(true);
    const gap = evaluate(makeTarget({ value: 6, decimals: 1 }), makeObservation({ value: 5, decimals: 1 }));
    expect(gap.explanation.zh).toContain('差1.0个百分点');
  });
});
